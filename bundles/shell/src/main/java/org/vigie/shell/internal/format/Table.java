package org.vigie.shell.internal.format;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An aligned text table for people: a header row, then rows; numbers align right, long cells
 * are cut with an ellipsis at the column's maximum width. Cells are shown on one line, control
 * characters escaped ({@link TerminalText#line}).
 * <pre>
 * Table t = new Table("ID", "TITLE", "DOCS").maxWidth(1, 60);
 * t.row(id, title, 3);
 * t.print(System.out);
 * </pre>
 */
public final class Table {
    private final String[] headers;
    private final int[] maxWidths;
    private final List<String[]> rows = new ArrayList<>();
    private final boolean[] numeric;

    public Table(String... headers) {
        this.headers = headers.clone();
        this.maxWidths = new int[headers.length];
        Arrays.fill(maxWidths, 80);
        this.numeric = new boolean[headers.length];
        Arrays.fill(numeric, true);
    }

    /** Caps a column's width; longer cells end with an ellipsis. */
    public Table maxWidth(int column, int width) {
        maxWidths[column] = Math.max(4, width);
        return this;
    }

    public Table row(Object... cells) {
        String[] row = new String[headers.length];
        for (int i = 0; i < headers.length; i++) {
            Object cell = i < cells.length ? cells[i] : null;
            row[i] = cell == null ? "" : oneLine(cell.toString());
            numeric[i] &= cell == null || cell instanceof Number;
        }
        rows.add(row);
        return this;
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    public int size() {
        return rows.size();
    }

    public void print(PrintStream out) {
        int[] widths = widths();
        out.println(line(headers, widths, false).stripTrailing());
        for (String[] row : rows) {
            out.println(line(row, widths, true).stripTrailing());
        }
    }

    private int[] widths() {
        int[] widths = new int[headers.length];
        for (int i = 0; i < headers.length; i++) {
            widths[i] = headers[i].length();
            for (String[] row : rows) {
                widths[i] = Math.max(widths[i], row[i].codePointCount(0, row[i].length()));
            }
            widths[i] = Math.min(widths[i], maxWidths[i]);
        }
        return widths;
    }

    private String line(String[] cells, int[] widths, boolean body) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            String cell = cut(cells[i], widths[i]);
            int pad = widths[i] - cell.codePointCount(0, cell.length());
            boolean right = body && numeric[i];
            if (right) {
                sb.append(" ".repeat(pad)).append(cell);
            } else {
                sb.append(cell).append(" ".repeat(pad));
            }
            sb.append(i + 1 < cells.length ? "  " : "");
        }
        return sb.toString();
    }

    private static String cut(String cell, int width) {
        int length = cell.codePointCount(0, cell.length());
        if (length <= width) {
            return cell;
        }
        return cell.substring(0, cell.offsetByCodePoints(0, width - 1)) + "…";
    }

    private static String oneLine(String text) {
        return TerminalText.line(text.replaceAll("\\s+", " ").trim());
    }
}
