package org.vigie.report.api;

import java.util.List;
import java.util.Objects;

/**
 * A table. A layout that breaks it across pages repeats the header row on each.
 *
 * @param columns the columns
 * @param rows the rows, each with one cell per column
 */
public record Table(List<Column> columns, List<List<Text>> rows) {

    /** Horizontal alignment of a column's cells. */
    public enum Align { LEFT, RIGHT }

    /**
     * A column.
     *
     * @param header its header text
     * @param weight its share of the table's width, relative to the other columns'
     * @param align how its cells are aligned
     */
    public record Column(String header, float weight, Align align) {
        public Column {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(align, "align");
            if (!(weight > 0)) {
                throw new IllegalArgumentException("column weight must be positive: " + weight);
            }
        }

        public static Column left(String header, float weight) {
            return new Column(header, weight, Align.LEFT);
        }

        public static Column right(String header, float weight) {
            return new Column(header, weight, Align.RIGHT);
        }
    }

    public Table {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        for (List<Text> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("a row has " + row.size() + " cells for " + columns.size() + " columns");
            }
        }
    }
}
