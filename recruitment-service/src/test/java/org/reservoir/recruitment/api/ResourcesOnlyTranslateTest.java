package org.reservoir.recruitment.api;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Resources translate HTTP to commands and results to response records: jurisdiction, parsing of codes and orders,
 * and building a candidate's view belong to the application services and the response mappers (one per aggregate).
 */
class ResourcesOnlyTranslateTest {

    private static final List<String> NOT_IN_RESOURCES = List.of(
            "requireJurisdiction(",          // jurisdiction: application services, through Actor
            "DivisionCode.parse(",           // a code parameter becomes a division in the application service
            "SortKey.valueOf(",              // sort parsing: Pool.Order
            "BenchTarget.of(",               // bench defaults: Pool.bench
            "new CandidateResponses.");      // views: built by CandidateResponses' own factories

    @Test
    void noResourceHoldsRulesOrMapping() throws IOException {
        Path main = Path.of("src/main/java/org/reservoir/recruitment");
        List<String> found = new ArrayList<>();
        List<Path> resources;
        try (Stream<Path> files = Files.walk(main)) {
            resources = files.filter(f -> f.getFileName().toString().endsWith("Resource.java")).toList();
        }
        for (Path resource : resources) {
            String source = Files.readString(resource);
            for (String token : NOT_IN_RESOURCES) {
                if (source.contains(token)) {
                    found.add(resource.getFileName() + ": " + token);
                }
            }
        }
        assertTrue(resources.size() >= 5, "resources read: " + resources);
        assertEquals(List.of(), found);
    }
}
