package org.vigie.ioc.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Annotation;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.vigie.entities.api.EntityType;
import org.vigie.entities.api.ExtractionException;

class IocExtractorTest {

    private static final String BULLETIN = Texts.resource("bulletin-menaces.txt");

    @Test
    void findsEveryIndicatorOfTheBulletinAndNothingElse() {
        assertEquals(List.of(
                "cve CVE-2024-3400",
                "ipv4 185.220.101.4",
                "ipv4 185.220.101.0",
                "ipv4 45.95.147.236",
                "ipv4 10.0.0.12",
                "url https://update-check.xyz/gate.php?id=7",
                "domain cdn-sync.top",
                "ipv6 2001:db8:85a3::8a2e:370:7334",
                "email support-it@secure-login.com",
                "url http://portail-rh.example.org/connexion",
                "md5 d41d8cd98f00b204e9800998ecf8427e",
                "sha1 da39a3ee5e6b4b0d3255bfef95601890afd80709",
                "sha256 e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                "btc 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa",
                "btc bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4",
                "eth 0xde0b295669a9fd93d5f28d9ec85e40f4cb697bae",
                "domain www.cert.ssi.gouv.fr"), Texts.found(BULLETIN));
    }

    @Test
    void spansCoverTheTextAsWrittenDefangedOrNot() {
        var annotations = Texts.extract(BULLETIN);
        for (var annotation : annotations) {
            assertEquals(annotation.span().of(BULLETIN), annotation.text());
            assertEquals(EntityType.of("INDICATOR"), annotation.type());
            assertEquals("ioc", annotation.extractorId());
        }
        var written = annotations.stream().map(a -> a.text()).toList();
        assertTrue(written.contains("45.95.147[.]236"), written::toString);
        assertTrue(written.contains("hxxps://update-check[.]xyz/gate.php?id=7"), written::toString);
        assertTrue(written.contains("support-it[at]secure-login[.]com"), written::toString);
        assertTrue(written.contains("http[:]//portail-rh.example.org/connexion"), written::toString);
    }

    @Test
    void defangedIndicatorsAreMarkedAndTrustedMore() {
        var annotations = Texts.extract("depuis 45.95.147[.]236 et 185.220.101.4 vers cdn-sync[.]top ou evil.com");
        assertEquals(List.of("true", "-", "true", "-"),
                annotations.stream().map(a -> a.features().getOrDefault("defanged", "-")).toList());
        assertEquals(List.of(0.99, 0.9, 0.99, 0.75), annotations.stream().map(a -> a.confidence()).toList());
    }

    @Test
    void configurationChoosesTheKinds() {
        var extractor = new IocExtractor();
        extractor.activate(config("cve", "ipv4"));
        var kinds = extractor.extract(Texts.document(BULLETIN)).stream().map(a -> a.feature("kind")).distinct()
                .toList();
        assertEquals(List.of("cve", "ipv4"), kinds);
    }

    @Test
    void aHostIsStillADomainWhenItsUrlKindIsOff() {
        var extractor = new IocExtractor();
        extractor.activate(config("domain"));
        var values = extractor.extract(Texts.document("voir hxxp://evil[.]com/x")).stream().map(a -> a.value())
                .toList();
        assertEquals(List.of("evil.com"), values);
    }

    @Test
    void anUnknownKindIsRefusedWithItsName() {
        var error = assertThrows(ExtractionException.class, () -> new IocExtractor().activate(config("ipv5")));
        assertEquals("unknown indicator kind 'ipv5': the kinds are ipv4, ipv6, domain, url, email, cve, md5, sha1, "
                + "sha256, btc, eth", error.getMessage());
    }

    @Test
    void kindsMayComeAsOneCommaSeparatedString() {
        var extractor = new IocExtractor();
        extractor.activate(config("cve, ipv4"));
        var kinds = extractor.extract(Texts.document(BULLETIN)).stream().map(a -> a.feature("kind")).distinct()
                .toList();
        assertEquals(List.of("cve", "ipv4"), kinds);
    }

    @Test
    void aTextWithoutIndicatorsGivesNothing() {
        assertEquals(List.of(), Texts.found("Le ministre a rencontré ses homologues à Singapour le 3 juillet."));
        assertEquals(List.of(), Texts.found(""));
    }

    @Test
    void hostileRunsOfDotsDoNotHideTheRestOfTheText() {
        String text = "a.".repeat(50_000) + " " + "b[.]".repeat(50_000) + " " + "1.".repeat(50_000)
                + " puis evil[.]com et 185.220.101.4";
        assertEquals(List.of("domain evil.com", "ipv4 185.220.101.4"), Texts.found(text));
    }

    @Test
    void aLongRunOfPathsIsOneUrl() {
        String run = "a.com/".repeat(20_000) + "x";
        var annotations = Texts.extract("voir " + run + " puis");
        assertEquals(1, annotations.size());
        assertEquals("url", annotations.get(0).feature("kind"));
        assertEquals(run, annotations.get(0).text());
    }

    private static IocExtractor.Config config(String... kinds) {
        return new IocExtractor.Config() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return IocExtractor.Config.class;
            }

            @Override
            public String[] kinds() {
                return kinds;
            }
        };
    }
}
