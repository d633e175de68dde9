package org.vigie.ioc.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Golden test on the shared seed and development corpora (news articles on security topics):
 * the only indicators in them are two article URLs and the outlet name {@code Vietnam.vn}; their
 * dates, figures, photo file names and page furniture must give nothing else. Skipped in a clone
 * without {@code ../shared}.
 */
class SharedCorpusTest {

    private static final List<String> EXPECTED = List.of(
            "002_f50682956ae7524c.txt domain vietnam.vn",
            "002_f50682956ae7524c.txt url https://nhandan.vn/tang-cuong-phoi-hop-dieu-tra-chung-cac-vu-an-lien-quan-"
                    + "den-toi-pham-mang-post918114.html",
            "003_10b4231f27b8f127.txt url https://baotintuc.vn/thoi-su/tang-su-nhan-thuc-cua-nguoi-dung-dau-quoc-gia-"
                    + "ve-toi-pham-mang-20251008172004795.htm");

    @Test
    void findsOnlyTheRealIndicatorsOfTheSharedArticles() throws IOException {
        Path shared = sharedFolder();
        assumeTrue(shared != null, "no shared/corpus next to the repository");
        List<Path> articles = new ArrayList<>();
        for (String corpus : List.of("corpus", "corpus-dev")) {
            articles.addAll(seedArticles(shared.resolve(corpus)));
        }
        assumeTrue(articles.size() == 25, "the shared corpora are not the 5 + 20 articles this test knows");
        List<String> found = new ArrayList<>();
        for (Path article : articles) {
            for (String indicator : Texts.found(Files.readString(article))) {
                found.add(article.getFileName() + " " + indicator);
            }
        }
        assertEquals(EXPECTED, found);
    }

    /** The articles this test was written against: 000-004 and d01-d20. */
    private static List<Path> seedArticles(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().matches("(00[0-4]_\\p{XDigit}+|d(0[1-9]|1\\d|20))\\.txt"))
                    .sorted().toList();
        }
    }

    /** The {@code shared} folder found by walking up from the working directory, or null. */
    static Path sharedFolder() {
        for (Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("shared").resolve("corpus"))) {
                return dir.resolve("shared");
            }
        }
        return null;
    }
}
