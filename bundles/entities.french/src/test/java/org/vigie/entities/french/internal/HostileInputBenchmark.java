package org.vigie.entities.french.internal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Rerunnable benchmark (not a test): one extraction each over large and hostile documents, to
 * show the time stays linear in the text. Usage: {@code HostileInputBenchmark CORPUS_DIR DEV_DIR};
 * run by {@code bench/hostile-french.sh}.
 */
public final class HostileInputBenchmark {

    private HostileInputBenchmark() {
    }

    public static void main(String[] a) throws Exception {
  FrenchExtractor x = new FrenchExtractor();
  StringBuilder big = new StringBuilder();
  for (String d : new String[]{a[0], a[1]}) try (var s = Files.list(Path.of(d))) { for (Path p : s.filter(p->p.toString().endsWith(".txt")).sorted().toList()) big.append(SampleDocuments.read(p).text()).append("\n\n"); }
  String one = big.toString(); StringBuilder rep = new StringBuilder(); while (rep.length() < 2_000_000) rep.append(one);
  Map<String,String> cases = new LinkedHashMap<>();
  cases.put("2 MB of news in one document", rep.toString());
  cases.put("1 MB single token", "a".repeat(1_000_000));
  cases.put("200k capitalised words", "Jean Ministre Conseil ".repeat(70_000));
  cases.put("100k 'de la' chain", ("Ministère " + "de la Sécurité ".repeat(100_000)));
  cases.put("100k brackets", "Office (ONU) ".repeat(100_000));
  cases.put("100k ordinals", "17e Conférence de ".repeat(100_000));
  for (var e : cases.entrySet()) {
    var doc = SampleDocuments.document("h.txt", e.getValue());
    long t = System.nanoTime(); int n = x.extract(doc).size();
    System.out.printf("%-32s %8d chars %7d annotations %6.2f s%n", e.getKey(), e.getValue().length(), n, (System.nanoTime()-t)/1e9);
  }
    }
}
