package org.vigie.testing;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.vigie.corpus.api.Document;
import org.vigie.corpus.api.DocumentMetadata;

/**
 * Test texts written for these tests: a wire dispatch, copies of it as outlets run them, and a
 * different story on the same topic.
 */
public final class Dispatches {
    public static final String LEAD = "Les polices de cinq pays d'Asie du Sud-Est ont démantelé mardi un réseau "
            + "d'escroquerie en ligne qui opérait depuis des immeubles loués à la frontière, a annoncé mercredi "
            + "le ministère de la Sécurité publique à Hanoï.";
    public static final String BODY1 = "Selon le communiqué, plus de deux cents personnes ont été interpellées lors "
            + "d'une opération coordonnée menée simultanément dans quatre provinces. Les enquêteurs ont saisi des "
            + "ordinateurs, des centaines de téléphones et des cartes bancaires ouvertes sous de faux noms.";
    public static final String BODY2 = "Le réseau proposait de faux placements en cryptomonnaies à des victimes "
            + "contactées par des messageries. Le préjudice est estimé à plusieurs dizaines de millions de dollars, "
            + "a précisé un colonel chargé de l'enquête, qui a salué la rapidité des échanges entre services.";
    public static final String BODY3 = "Une partie des personnes travaillant dans ces centres avaient elles-mêmes été "
            + "recrutées par de fausses offres d'emploi, puis retenues contre leur gré. Les autorités promettent de "
            + "les traiter comme des victimes et non comme des suspects, conformément aux engagements régionaux.";
    public static final String BODY4 = "Cette opération intervient quelques semaines après la signature à Hanoï "
            + "d'une convention des Nations unies contre la cybercriminalité, que le pays présente comme un outil "
            + "pour accélérer l'entraide judiciaire et l'échange de preuves électroniques.";
    /** The same topic, another story: a conference, not a raid. */
    public static final String OTHER = "Une conférence régionale sur la cybercriminalité s'est ouverte jeudi à "
            + "Bangkok en présence de représentants de dix pays d'Asie du Sud-Est. Les délégués doivent examiner les "
            + "moyens de mieux protéger les victimes d'escroquerie en ligne, dont le nombre a fortement augmenté "
            + "depuis deux ans selon l'Office des Nations unies contre la drogue et le crime. Plusieurs ministres "
            + "ont plaidé pour des équipes d'enquête communes et pour une coopération plus étroite avec les "
            + "plateformes de messagerie. La conférence doit adopter vendredi une déclaration commune sur la "
            + "protection des personnes recrutées de force dans les centres d'arnaque, un phénomène que les "
            + "organisations humanitaires dénoncent depuis longtemps.";

    private Dispatches() {
    }

    /** The dispatch as the agency sent it. */
    public static String original() {
        return String.join("\n\n", LEAD, BODY1, BODY2, BODY3, BODY4);
    }

    /** An outlet's copy: its date line, the lead cut short, a paragraph dropped, a typo, its boilerplate. */
    public static String copy() {
        return String.join("\n\n", "HANOÏ (VNA) - " + LEAD.substring(0, LEAD.indexOf(", a annoncé")) + ".",
                BODY1.replace("interpellées", "interpelées"), BODY2, BODY4,
                "Lire aussi : nos articles sur la sécurité. Tous droits de reproduction réservés.");
    }

    /** Another outlet's copy: accents lost, its own paragraph added, the last one dropped. */
    public static String accentlessCopy() {
        String bare = java.text.Normalizer.normalize(String.join("\n\n", LEAD, BODY1, BODY2, BODY3),
                java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return bare + "\n\nNotre correspondant précise que les suspects seront jugés dans leur pays d'origine.";
    }

    /**
     * The dispatch as stored by a store: the agency's original (28 October 2025), an outlet's copy
     * the next day, an accentless copy the day after, and another story of the agency's day.
     */
    public static List<Document> wire() {
        return List.of(document(original(), "AFP", LocalDate.of(2025, 10, 28)),
                document(copy(), "VNA", LocalDate.of(2025, 10, 29)),
                document(accentlessCopy(), "Tin tuc", LocalDate.of(2025, 10, 30)),
                document(OTHER, "AFP", LocalDate.of(2025, 10, 28)));
    }

    public static Document document(String text, String source, LocalDate published) {
        DocumentMetadata meta = new DocumentMetadata("Titre " + source, source, null, published, "fr",
                source + ".txt", null, null, "text/plain", Map.of());
        return new Document(Integer.toHexString(text.hashCode()) + source.hashCode(), text, null, meta);
    }
}
