package org.vigie.entities.french.internal.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.vigie.entities.api.EntityType;
import org.vigie.entities.api.Features;
import org.vigie.entities.french.internal.scan.Candidate;

/**
 * A ministry is named without its country, except when the document names the same ministry of
 * two countries: then the foreign one keeps its adjective ({@code Ministère chinois des Affaires
 * étrangères} beside the {@code Ministère des Affaires étrangères}), the home country being the
 * country the document names most often. A document that names no country has no home to tell a
 * foreign ministry from: its {@code ministère vietnamien de la Sécurité publique} and its bare
 * {@code ministère de la Sécurité publique} are one ministry (a city such as {@code Pékin} is no home).
 */
public final class ForeignMinistries {

    private ForeignMinistries() {
    }

    static void qualify(List<Candidate> candidates, Coreference.Folds folds) {
        Map<String, Set<String>> countries = new HashMap<>();
        for (Candidate c : candidates) {
            if (c.is(EntityType.ORGANIZATION)) {
                countries.computeIfAbsent(folds.of(c.value), k -> new LinkedHashSet<>())
                        .add(String.valueOf(c.feature(Features.COUNTRY)));
            }
        }
        String home = homeCountry(candidates);
        List<Candidate> foreign = new ArrayList<>();
        for (Candidate c : candidates) {
            Set<String> seen = countries.get(folds.of(c.value));
            String country = c.feature(Features.COUNTRY);
            if (home != null && c.qualified != null && seen != null && seen.size() > 1 && country != null
                    && !country.equals(home)) {
                foreign.add(c);
            }
        }
        foreign.forEach(c -> c.value = c.qualified);
    }

    /** The country (a place linked to an ISO code) the document names most often (ties: the first named), or null. */
    private static String homeCountry(List<Candidate> candidates) {
        Map<String, Integer> counts = new HashMap<>();
        String home = null;
        for (Candidate c : candidates) {
            String link = c.feature(Features.LINK);
            if (c.is(EntityType.LOCATION) && link != null && link.startsWith("iso:")) {
                int n = counts.merge(c.value, 1, Integer::sum);
                if (home == null || n > counts.get(home)) {
                    home = c.value;
                }
            }
        }
        return home;
    }
}
