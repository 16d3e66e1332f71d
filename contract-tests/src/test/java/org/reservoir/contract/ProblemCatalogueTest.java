package org.reservoir.contract;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * docs/problems.md lists every problem type the code can emit, with the status it is emitted with: every key thrown or
 * answered in the services' and infrastructure's sources, and every key a problem bundle gives a title.
 */
class ProblemCatalogueTest {

    private static final Path HOME = Path.of(System.getProperty("reservoir.home", "..")).toAbsolutePath().normalize();
    /** {@code new ProblemException(409, "key"} and {@code respond(409, "key"}: a key with the status it is sent with. */
    private static final Pattern EMITTED = Pattern.compile("(?:ProblemException\\(|respond\\()(\\d{3}), \"([a-z0-9-]+)\"");
    private static final Pattern TITLE = Pattern.compile("(?m)^([a-z0-9-]+)\\.title=");
    private static final Pattern ROW = Pattern.compile("(?m)^\\| `([a-z0-9-]+)` \\| ([0-9, ]+) \\|");

    @Test
    void everyEmittedTypeIsCatalogued() throws IOException {
        Map<String, String> catalogue = new TreeMap<>();
        Matcher rows = ROW.matcher(Files.readString(HOME.resolve("docs/problems.md")));
        while (rows.find()) {
            catalogue.put(rows.group(1), rows.group(2).trim());
        }
        assertFalse(catalogue.isEmpty(), "docs/problems.md lists no types");
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.walk(HOME, 12)) {
            for (Path f : files.filter(ProblemCatalogueTest::scanned).toList()) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                Matcher m = EMITTED.matcher(text);
                while (m.find()) {
                    String statuses = catalogue.get(m.group(2));
                    if (statuses == null || !statuses.contains(m.group(1))) {
                        missing.add(m.group(2) + " (" + m.group(1) + ") from " + HOME.relativize(f));
                    }
                }
                if (f.getFileName().toString().endsWith(".properties")) {
                    Matcher t = TITLE.matcher(text);
                    while (t.find()) {
                        if (!catalogue.containsKey(t.group(1))) {
                            missing.add(t.group(1) + " titled in " + HOME.relativize(f));
                        }
                    }
                }
            }
        }
        assertTrue(missing.isEmpty(), "not in docs/problems.md: " + missing);
    }

    private static boolean scanned(Path p) {
        String s = p.toString();
        String name = p.getFileName().toString();
        return s.contains("/src/main/") && !s.contains("/target/")
                && (name.endsWith(".java") || name.matches("(reservoir-)?problems(_[a-z]+)?\\.properties"));
    }
}
