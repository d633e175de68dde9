package org.vigie.lucene.copies;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The edits an outlet makes when it runs a wire dispatch, applied to a text's paragraphs (its
 * non-blank lines): headline rewritten, date line added, lead cut short, a paragraph dropped or
 * added, typos, the outlet's boilerplate. {@link #copy} applies a random few of them, more of
 * them as {@code strength} grows (1 to 3).
 */
final class WireEdits {
    private static final String[] DATELINES = {"HANOÏ, 12 mars (AFP) - ", "PARIS (Reuters) - ", "Hô Chi Minh-Ville (VNA) – ",
        "BRUXELLES, le 3 juin - ", "Genève (ATS) — "};
    private static final String[] HEADLINES = {"Ce qu'il faut retenir", "L'essentiel de l'actualité", "Sécurité : le point",
        "Cybercriminalité, nouvelle étape", "Coopération : ce qui change"};
    private static final String[] ADDED = {"Contacté par notre rédaction, le ministère n'a pas souhaité faire de commentaire.",
        "Notre correspondant rappelle que l'affaire avait déjà fait l'objet d'une enquête l'an dernier, sans suite judiciaire connue.",
        "Cet article a été mis à jour à 18 heures avec de nouvelles précisions sur le calendrier des prochaines réunions."};
    private static final String[] BOILERPLATE = {"© Tous droits de reproduction réservés.", "Lire aussi : notre dossier sur la sécurité.",
        "Abonnez-vous à notre lettre d'information pour recevoir l'essentiel de l'actualité chaque matin.",
        "Avec AFP", "Partager sur les réseaux sociaux"};

    private WireEdits() {
    }

    static String copy(String text, SplittableRandom random, int strength) {
        List<String> paragraphs = new ArrayList<>(text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
        int edits = 1 + strength + random.nextInt(2);
        for (int i = 0; i < edits; i++) {
            edit(paragraphs, random, random.nextInt(7));
        }
        return String.join("\n\n", paragraphs);
    }

    private static void edit(List<String> paragraphs, SplittableRandom random, int kind) {
        switch (kind) {
            case 0 -> paragraphs.set(0, pick(random, HEADLINES) + " : " + firstWords(paragraphs.get(0), 4));
            case 1 -> paragraphs.set(Math.min(1, paragraphs.size() - 1), pick(random, DATELINES)
                    + paragraphs.get(Math.min(1, paragraphs.size() - 1)));
            case 2 -> shortenLead(paragraphs);
            case 3 -> {
                if (paragraphs.size() > 3) {
                    paragraphs.remove(2 + random.nextInt(paragraphs.size() - 2));
                }
            }
            case 4 -> paragraphs.add(1 + random.nextInt(paragraphs.size()), pick(random, ADDED));
            case 5 -> typos(paragraphs, random, 3);
            default -> {
                paragraphs.add(pick(random, BOILERPLATE));
                paragraphs.add(0, pick(random, BOILERPLATE));
            }
        }
    }

    /** Cuts the lead (the longest of the first two paragraphs) at its first comma or half way. */
    private static void shortenLead(List<String> paragraphs) {
        int lead = paragraphs.size() > 1 && paragraphs.get(1).length() > paragraphs.get(0).length() ? 1 : 0;
        String text = paragraphs.get(lead);
        int cut = text.indexOf(", ", text.length() / 3);
        paragraphs.set(lead, text.substring(0, cut > 0 ? cut : text.length() / 2) + ".");
    }

    private static void typos(List<String> paragraphs, SplittableRandom random, int count) {
        for (int i = 0; i < count; i++) {
            int p = random.nextInt(paragraphs.size());
            StringBuilder text = new StringBuilder(paragraphs.get(p));
            int at = random.nextInt(text.length());
            if (Character.isLetter(text.charAt(at)) && at + 1 < text.length()) {
                char c = text.charAt(at);
                text.setCharAt(at, text.charAt(at + 1)); // swapped letters, the commonest typo
                text.setCharAt(at + 1, c);
            }
            paragraphs.set(p, text.toString());
        }
    }

    private static String firstWords(String text, int words) {
        String[] all = text.split("\\s+");
        return String.join(" ", java.util.Arrays.copyOf(all, Math.min(words, all.length)));
    }

    private static String pick(SplittableRandom random, String[] choices) {
        return choices[random.nextInt(choices.length)];
    }
}
