package org.vigie.export.internal.stix;

import java.util.List;
import java.util.regex.Pattern;

import org.vigie.entities.api.Entity;
import org.vigie.entities.api.Mention;
import org.vigie.entities.api.NameKey;

/**
 * Tells an ORGANIZATION that is a threat group (exported as an {@code intrusion-set}) from any
 * other organisation (an {@code identity}), by general cues only:
 * <ul>
 * <li>a name in the threat-intelligence vendors' numbering ({@code APT28}, {@code FIN7},
 * {@code UNC2452}, {@code TA505}, {@code TEMP.Veles});</li>
 * <li>or, in a sentence that names it, a word for an attacker group right before the name
 * ({@code le groupe de rançongiciels LockBit}, {@code ransomware group X}, {@code les pirates de X})
 * or right after it, directly or after a comma and an indefinite article
 * ({@code the X ransomware gang}, {@code X, un gang de rançongiciels}).</li>
 * </ul>
 * Texts are compared folded (case and accents ignored), in French and English.
 */
final class ThreatGroups {

    /** How much text on either side of a mention is read for a cue. */
    private static final int WINDOW = 48;

    private static final Pattern VENDOR_NAME = Pattern.compile("(?i)(apt|fin|unc|ta|temp)[ .-]?\\d+");

    private static final String CUES = "(rancongiciels?|ransomwares?|pirates?|hackers?|hacktivistes?|hacktivists?"
            + "|cybercriminels?|cybercriminals?|cybercriminal groups?|gangs?|apt|threat actors?|threat groups?"
            + "|groupes? (?:criminels?|cybercriminels?|de pirates|de hackers|d'attaquants|de rancongiciels?)"
            + "|acteurs? (?:de la menace|malveillants?)|mode operatoire d'attaquants?)";

    /** A cue, then maybe a word for a group and "de"/"of", then the name (folding trims the space). */
    private static final Pattern CUE_BEFORE = Pattern.compile("\\b" + CUES
            + "(?:\\s+(?:groupe?|gangs?|collectif|collective|operateurs?|operators?|affilies|affiliates))?"
            + "(?:\\s+(?:de|d|of|du|des|la|le|les|the))?[\\s']*$");

    /**
     * The name, then a cue: directly ("the X ransomware gang") or after a comma and an indefinite
     * article ("X, un gang de rançongiciels"); not after a comma and a definite article, which
     * more often starts the next clause ("Selon l'ANSSI, le groupe de rançongiciels Y").
     */
    private static final Pattern CUE_AFTER = Pattern.compile("^(?:\\s*,\\s*(?:un|une|a|an)\\s+|\\s*)"
            + "(?:(?:groupe|group|gang)\\s+(?:de\\s+|of\\s+)?)?" + CUES + "\\b");

    private ThreatGroups() {
    }

    /** Whether an organisation is a threat group, from its names and the sentences naming it. */
    static boolean isThreatGroup(Entity organisation, List<Mention> mentions) {
        if (VENDOR_NAME.matcher(organisation.name()).matches()
                || organisation.aliases().stream().anyMatch(a -> VENDOR_NAME.matcher(a).matches())) {
            return true;
        }
        return mentions.stream().anyMatch(ThreatGroups::namedAsThreatGroup);
    }

    /** Whether the sentence of a mention calls it an attacker group. */
    static boolean namedAsThreatGroup(Mention m) {
        if (m.sentence() == null || m.sentenceText() == null) {
            return false;
        }
        String sentence = m.sentenceText();
        int begin = m.span().begin() - m.sentence().begin();
        int end = m.span().end() - m.sentence().begin();
        if (begin < 0 || end > sentence.length() || begin > end) {
            return false;
        }
        String before = NameKey.fold(sentence.substring(Math.max(0, begin - WINDOW), begin));
        String after = NameKey.fold(sentence.substring(end, Math.min(sentence.length(), end + WINDOW)));
        return CUE_BEFORE.matcher(before).find() || CUE_AFTER.matcher(after).find();
    }
}
