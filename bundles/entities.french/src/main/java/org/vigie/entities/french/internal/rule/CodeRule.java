package org.vigie.entities.french.internal.rule;

import java.util.regex.Pattern;

import org.vigie.entities.api.EntityType;
import org.vigie.entities.french.internal.scan.Candidate;
import org.vigie.entities.french.internal.scan.TextScan;
import org.vigie.entities.french.internal.text.Token;

/**
 * Words of capitals and digits. A threat group numbered by a security vendor is an organisation
 * ({@code APT28}, {@code FIN7}, {@code Storm-0558}: the name of a group of people); an acronym with
 * an edition number is an event ({@code AMMTC-17}, {@code COP28}); every other code
 * ({@link Identifiers}: {@code CVE-2024-3400}, {@code SHA256}, {@code NIS2}) is neither.
 */
public final class CodeRule implements Rule {

    private static final Pattern EDITION = Pattern.compile("[A-Z]{3,}-?\\d{1,2}");

    @Override
    public void apply(TextScan scan) {
        for (int i = 0; i < scan.size(); i++) {
            Token t = scan.token(i);
            if (!t.isWord() || !t.acronym() && !Identifiers.isThreatGroup(t)) {
                continue;
            }
            if (Identifiers.isThreatGroup(t)) {
                scan.add(new Candidate(i, i + 1, EntityType.ORGANIZATION, t.text(), Candidate.Source.RULE, 0.7));
            } else if (EDITION.matcher(t.text()).matches() && !Identifiers.isCode(scan, i)) {
                scan.add(new Candidate(i, i + 1, EntityType.EVENT, t.text(), Candidate.Source.RULE, 0.7));
            }
        }
    }
}
