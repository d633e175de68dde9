package org.vigie.export.internal.ftm;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.Set;

/**
 * A document's language as FtM's {@code language} type wants it: ISO 639-3 (three letters, which
 * for these languages are the ISO 639-2/T codes Java gives). FtM accepts a closed list; a language
 * outside it (Vietnamese, {@code vie}, among them in FtM 3.8) is not written, since FtM would drop
 * it. The list is FtM 3.8's; {@code LanguagesTest} checks it against the real model.
 */
final class Languages {

    /** The values of FtM 3.8's {@code language} type. */
    static final Set<String> FTM = Set.of("afr", "ara", "aze", "bel", "ben", "bos", "bul", "cat", "ces", "cnr", "dan",
            "deu", "ell", "eng", "est", "fas", "fil", "fin", "fra", "heb", "hin", "hrv", "hun", "hye", "ind", "isl", "ita",
            "jpn", "kan", "kat", "kaz", "khm", "kir", "kor", "lav", "lit", "ltz", "mkd", "mlt", "mon", "msa", "mya", "nep",
            "nld", "nor", "pol", "por", "ron", "rus", "slk", "slv", "spa", "sqi", "srp", "swa", "swe", "tgk", "tgl", "tuk",
            "tur", "ukr", "urd", "uzb", "zho");

    private Languages() {
    }

    /** The FtM code of an ISO 639-1 (or 639-2/3) code, when FtM knows the language. */
    static Optional<String> ftm(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        String iso3;
        try {
            iso3 = Locale.forLanguageTag(code.strip()).getISO3Language();
        } catch (MissingResourceException e) {
            return Optional.empty(); // no ISO 639-2 code: not a language FtM lists either
        }
        return FTM.contains(iso3) ? Optional.of(iso3) : Optional.empty();
    }
}
