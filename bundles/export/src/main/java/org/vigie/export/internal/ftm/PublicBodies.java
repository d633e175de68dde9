package org.vigie.export.internal.ftm;

import java.util.List;
import java.util.Set;

import org.vigie.entities.api.NameKey;

/**
 * Tells a public body (FtM's {@code PublicBody}: a ministry, a department, a state agency) from
 * any other organisation by the words of its names, never by a list of names. An organisation is
 * a public body when
 * <ol>
 * <li>the extractor attached a country to it (it does so only for the state bodies it names by
 * their country: {@code ministère vietnamien de ...}, {@code police roumaine}); or</li>
 * <li>one of its names starts with a word of state administration ({@code ministère},
 * {@code ministry}, {@code police}, {@code army}, {@code tribunal}, {@code embassy}, ...); or</li>
 * <li>one of its names pairs an administrative head ({@code agence}, {@code office},
 * {@code bureau}, {@code agency}, ...) with a state adjective ({@code nationale},
 * {@code fédérale}, {@code national}, {@code federal}) in either word order.</li>
 * </ol>
 * Intergovernmental organisations (Interpol, the UN) stay {@code Organization}.
 */
final class PublicBodies {

    static final Set<String> STATE_HEADS = Set.of("ministere", "ministeres", "ministry", "ministries", "gouvernement",
            "government", "police", "gendarmerie", "armee", "army", "marine", "navy", "parlement", "parliament", "senat",
            "senate", "tribunal", "cour", "court", "parquet", "prefecture", "ambassade", "embassy", "consulat",
            "consulate", "mairie", "douane", "douanes", "customs", "bo", "cong an");
    static final Set<String> ADMIN_HEADS = Set.of("agence", "office", "bureau", "direction", "service", "services",
            "autorite", "commission", "conseil", "assemblee", "institut", "agency", "authority", "council", "assembly",
            "department", "directorate", "institute");
    static final Set<String> STATE_ADJECTIVES = Set.of("national", "nationale", "nationaux", "nationales", "federal",
            "federale", "federaux", "federales");

    private PublicBodies() {
    }

    /** Whether an organisation with these names (and maybe a country from its mentions) is a public body. */
    static boolean is(List<String> names, boolean hasCountry) {
        return hasCountry || names.stream().anyMatch(PublicBodies::named);
    }

    static boolean named(String name) {
        List<String> words = List.of(NameKey.fold(name).split("[^\\p{L}\\p{N}]+"));
        words = words.stream().filter(w -> !w.isEmpty()).toList();
        if (words.isEmpty()) {
            return false;
        }
        String first = words.get(0);
        if (STATE_HEADS.contains(first) || words.size() > 1 && STATE_HEADS.contains(first + " " + words.get(1))) {
            return true;
        }
        boolean head = words.stream().anyMatch(ADMIN_HEADS::contains);
        return head && words.stream().limit(3).anyMatch(STATE_ADJECTIVES::contains);
    }
}
