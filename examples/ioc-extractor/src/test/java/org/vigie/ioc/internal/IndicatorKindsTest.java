package org.vigie.ioc.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Positive and negative cases for every kind: {@code text | expected "kind value"}. */
class IndicatorKindsTest {

    private static void finds(String text, String expected) {
        assertEquals(List.of(expected), Texts.found(text), text);
    }

    private static void findsNothing(String text) {
        assertEquals(List.of(), Texts.found(text), text);
    }

    @Nested
    class Ipv4 {
        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "connexion depuis 185.220.101.4 à 3 h | ipv4 185.220.101.4",
            "adresse 45.95.147[.]236, bloquée | ipv4 45.95.147.236",
            "serveur 8.8.8(.)8 | ipv4 8.8.8.8",
            "(192.168.1.254) | ipv4 192.168.1.254",
            "bloc 185.220.101.0/24 | ipv4 185.220.101.0",
            "fin de phrase 203.0.113.9. | ipv4 203.0.113.9",
            "hôte 0.0.0.0 | ipv4 0.0.0.0"})
        void found(String text, String expected) {
            finds(text, expected);
        }

        @ParameterizedTest
        @ValueSource(strings = {
            "octet trop grand 256.1.1.1", "999.10.10.10", "la version 10.2.9.1 est corrigée",
            "v2.10.4.1", "mise à jour 4.2.0.1 disponible", "versions 4.1.2.3 et 4.1.2.9",
            "build 7.0.1.12", "build:7.0.1.2", "firmware = 3.2.1.0", "l'article 3.2.1.4 du code", "section 1.2.3.4", "§ 2.1.3.4",
            "le 01.02.03.04", "numéro 1.2.3.4.5", "PAN-OS 10.2.9-h1", "correctif 10.2.9.1-h3",
            "daté du 26.10.2025", "x1.2.3.4"})
        void notFound(String text) {
            findsNothing(text);
        }
    }

    @Nested
    class Ipv6 {
        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "relais 2001:db8:85a3::8a2e:370:7334 | ipv6 2001:db8:85a3::8a2e:370:7334",
            "2001:0DB8:0000:0000:0000:0000:0000:0001 | ipv6 2001:db8::1",
            "lien local fe80::1ff:fe23:4567:890a. | ipv6 fe80::1ff:fe23:4567:890a",
            "mappée ::ffff:192.0.2.128 | ipv6 ::ffff:c000:280",
            "2001:db8:0:0:1:0:0:1 | ipv6 2001:db8::1:0:0:1"})
        void found(String text, String expected) {
            finds(text, expected);
        }

        @ParameterizedTest
        @ValueSource(strings = {
            "à 14:30:00 précises", "12:30", "2001:db8::1::2", "1:2:3:4:5:6:7:8:9", "a::b", "::1",
            "2001:db8:12345::1", "std::vector"})
        void notFound(String text) {
            findsNothing(text);
        }
    }

    @Nested
    class Domains {
        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "le domaine evil[.]com est actif | domain evil.com",
            "evil.com/ seul | domain evil.com",
            "evil(.)com | domain evil.com",
            "repli cdn-sync[.]top, | domain cdn-sync.top",
            "voir www.cert.ssi.gouv.fr. | domain www.cert.ssi.gouv.fr",
            "Amazon.com et | domain amazon.com",
            "EVIL.RU | domain evil.ru",
            "stage[.]evil[dot]net | domain stage.evil.net",
            "le site malveillant evil[.]py | domain evil.py",
            "www.example.pl | domain www.example.pl"})
        void found(String text, String expected) {
            finds(text, expected);
        }

        @ParameterizedTest
        @ValueSource(strings = {
            "ouvrir report.pdf", "la photo.jpg", "lancer setup.exe", "le script main.py", "notes.md",
            "archive.zip", "fin de phrase.La suite", "System.IO", "le fichier evil.com.pdf",
            "fichier.inexistanttld", "Node.js", "a.b", "M.Dupont", "photo-library-2025.jpg"})
        void notFound(String text) {
            findsNothing(text);
        }
    }

    @Nested
    class Urls {
        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "hxxps://update-check[.]xyz/gate.php?id=7 puis | url https://update-check.xyz/gate.php?id=7",
            "http[:]//portail-rh.example.org/connexion. | url http://portail-rh.example.org/connexion",
            "(voir hXXp://EVIL.com/Path/A) | url http://evil.com/Path/A",
            "hxxp[://]185.220.101[.]4:8080/x | url http://185.220.101.4:8080/x",
            "https://fr.wikipedia.org/wiki/Tor_(réseau), | url https://fr.wikipedia.org/wiki/Tor_(réseau)",
            "fxp://depot.example.net/charge.bin | url ftp://depot.example.net/charge.bin",
            "http://[2001:db8::1]/admin | url http://[2001:db8::1]/admin",
            "sans schéma Evil[.]com/Gate[.]php. | url evil.com/Gate.php",
            "cdn-sync.top/x/y?z=1 | url cdn-sync.top/x/y?z=1"})
        void found(String text, String expected) {
            finds(text, expected);
        }

        @ParameterizedTest
        @ValueSource(strings = {"http://localhost/admin", "https://rapport.pdf/x", "http://300.1.1.1/", "VNA/CVN",
            "rapport.pdf/annexe", "et/ou"})
        void notFound(String text) {
            findsNothing(text);
        }
    }

    @Nested
    class Emails {
        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "écrire à Contact.Presse@Interpol.int | email contact.presse@interpol.int",
            "support-it[at]secure-login[.]com | email support-it@secure-login.com",
            "jean.de(@)mail[.]ru | email jean.de@mail.ru",
            "ops [at] evil[.]py | email ops@evil.py"})
        void found(String text, String expected) {
            finds(text, expected);
        }

        @ParameterizedTest
        @ValueSource(strings = {"compte @evil", "user@localhost", "photo@2x.png", "rendez-vous @ 14h"})
        void notFound(String text) {
            findsNothing(text);
        }
    }

    @Nested
    class Cves {
        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "la faille CVE-2024-3400 | cve CVE-2024-3400",
            "cve-2021-44228, | cve CVE-2021-44228",
            "CVE‑2023‑4966 | cve CVE-2023-4966"})
        void found(String text, String expected) {
            finds(text, expected);
        }

        @ParameterizedTest
        @ValueSource(strings = {"CVE-24-3400", "CVE-2024-340", "XCVE-2024-3400", "CVE-1990-1234", "CVE-2024-3400abc"})
        void notFound(String text) {
            findsNothing(text);
        }
    }

    @Nested
    class Hashes {
        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "MD5 D41D8CD98F00B204E9800998ECF8427E | md5 d41d8cd98f00b204e9800998ecf8427e",
            "sha1:da39a3ee5e6b4b0d3255bfef95601890afd80709 | sha1 da39a3ee5e6b4b0d3255bfef95601890afd80709",
            "(e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855) "
                    + "| sha256 e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
            "d41d8cd98f00b204e9800998ecf8427e.exe | md5 d41d8cd98f00b204e9800998ecf8427e"})
        void found(String text, String expected) {
            finds(text, expected);
        }

        @ParameterizedTest
        @ValueSource(strings = {
            "trop court d41d8cd98f00b204e9800998ecf8427",
            "trop long d41d8cd98f00b204e9800998ecf8427ea",
            "entre deux da39a3ee5e6b4b0d3255bfef95601890afd807091",
            "run e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855e3b0c442",
            "chiffres 12345678901234567890123456789012",
            "slug photo-72a3618549cce54cc8ad4a5e32067c57-9000",
            "mot xd41d8cd98f00b204e9800998ecf8427e",
            "non hex d41d8cd98f00b204e9800998ecf8427g"})
        void notFound(String text) {
            findsNothing(text);
        }
    }

    @Nested
    class Wallets {
        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "rançon vers 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa. | btc 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa",
            "P2SH 3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy | btc 3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy",
            "adresse de destruction 1111111111111111111114oLvT2 | btc 1111111111111111111114oLvT2",
            "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4 | btc bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4",
            "BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4 | btc bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4",
            "taproot bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0 "
                    + "| btc bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0",
            "ETH 0xDE0B295669A9FD93D5F28D9EC85E40F4CB697BAE | eth 0xde0b295669a9fd93d5f28d9ec85e40f4cb697bae",
            "EIP-55 0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed | eth 0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed",
            "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359 | eth 0xfb6916095ca1df60bb79ce92ce3ea74c37c5d359",
            "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB | eth 0xdbf03b407c01e7cd3cbea99509d93f8dddc8c6fb",
            "0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb | eth 0xd1220a0cf47c7b9be7a2e6ba89f429762e7b9adb"})
        void found(String text, String expected) {
            finds(text, expected);
        }

        @ParameterizedTest
        @ValueSource(strings = {
            "mauvaise somme 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb",
            "mauvaise somme 3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLz",
            "caractère interdit 1A1zP1eP5QGefi2DMPTfTL5SLmv7Div0Na",
            "bonne somme, version 6 et non 0 ou 5 3R7wzdD6eYgsd3X3QoqTrXn5sQCTXRdsDn",
            "casse mêlée bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8F3t4",
            "mauvaise somme bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5",
            "mauvaise casse EIP-55 0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD",
            "mauvaise casse EIP-55 0x5AAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
            "trop court 0xde0b295669a9fd93d5f28d9ec85e40f4cb697ba",
            "trop long 0xde0b295669a9fd93d5f28d9ec85e40f4cb697baef"})
        void notFound(String text) {
            findsNothing(text);
        }
    }
}
