import java.io.BufferedReader;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.FSDirectory;

/**
 * The raw Lucene floor of bench/compare.sh: plain Lucene 9.12, no Vigie code.
 *   index JSONL_DIR INDEX_DIR        indexes title and text (French analysis like the store's:
 *                                    elision, lower case, folding, light stemming; title, source,
 *                                    url and text stored), one commit at the end; prints seconds
 *   search INDEX_DIR WARMUP ROUNDS KIND=QUERY...   per kind: classic parser over text and title,
 *                                    all words required, every hit counted, top
 *                                    10 with their stored title read; prints wall p50,
 *                                    wall mean and CPU mean (the thread's) in ms, and the hits
 */
public final class LuceneFloor {

    static final class French extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer source = new StandardTokenizer();
            TokenStream stream = new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES);
            stream = new LowerCaseFilter(stream);
            stream = new ASCIIFoldingFilter(stream);
            return new TokenStreamComponents(source, new FrenchLightStemFilter(stream));
        }
    }

    public static void main(String[] args) throws Exception {
        if (args[0].equals("index")) {
            index(Path.of(args[1]), Path.of(args[2]));
        } else {
            search(Path.of(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]),
                    Arrays.copyOfRange(args, 4, args.length));
        }
    }

    static void index(Path jsonl, Path location) throws IOException {
        long start = System.nanoTime();
        JsonFactory json = new JsonFactory();
        int count = 0;
        try (FSDirectory dir = FSDirectory.open(location);
                IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(new French()).setRAMBufferSizeMB(64));
                Stream<Path> files = Files.list(jsonl)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".jsonl")).sorted().toList()) {
                try (BufferedReader lines = Files.newBufferedReader(file)) {
                    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                        writer.addDocument(document(json, line));
                        count++;
                    }
                }
            }
            writer.commit();
        }
        System.out.printf("indexed %d documents in %.2f s%n", count, (System.nanoTime() - start) / 1e9);
    }

    static Document document(JsonFactory json, String line) throws IOException {
        Document doc = new Document();
        try (JsonParser parser = json.createParser(line)) {
            parser.nextToken();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                String value = parser.getValueAsString();
                switch (name) {
                    case "title", "text" -> doc.add(new TextField(name, value, Field.Store.YES));
                    case "source", "url" -> doc.add(new StoredField(name, value));
                    default -> { }
                }
            }
        }
        return doc;
    }

    static void search(Path location, int warmup, int rounds, String[] kinds) throws Exception {
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(location))) {
            IndexSearcher searcher = new IndexSearcher(reader);
            Analyzer analyzer = new French();
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            for (String kind : kinds) {
                String name = kind.substring(0, kind.indexOf('=')), text = kind.substring(kind.indexOf('=') + 1);
                List<Long> times = new ArrayList<>();
                long hits = 0, cpu = 0;
                for (int i = 0; i < warmup + rounds; i++) {
                    long start = System.nanoTime(), startCpu = threads.getCurrentThreadCpuTime();
                    hits = once(searcher, analyzer, text);
                    if (i >= warmup) {
                        times.add(System.nanoTime() - start);
                        cpu += threads.getCurrentThreadCpuTime() - startCpu;
                    }
                }
                times.sort(null);
                double mean = times.stream().mapToLong(Long::longValue).average().orElse(0) / 1e6;
                System.out.printf("%s %.3f %.3f %.3f %d%n", name, times.get(times.size() / 2) / 1e6, mean,
                        cpu / 1e6 / rounds, hits);
            }
        }
    }

    /** One query as Vigie runs it: parsed, every hit counted, the top 10 read back. */
    static long once(IndexSearcher searcher, Analyzer analyzer, String text) throws Exception {
        QueryParser parser = new MultiFieldQueryParser(new String[] {"text", "title"}, analyzer);
        parser.setDefaultOperator(QueryParser.AND_OPERATOR);
        Query query = parser.parse(text);
        TopDocs top = searcher.search(query, new TopScoreDocCollectorManager(10, null, Integer.MAX_VALUE));
        StoredFields fields = searcher.storedFields();
        for (ScoreDoc hit : top.scoreDocs) {
            fields.document(hit.doc).get("title");
        }
        return top.totalHits.value;
    }
}
