package org.reservoir.reporting.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.reservoir.reporting.domain.AgeBand;
import org.reservoir.reporting.domain.AlertKind;
import org.reservoir.reporting.domain.CoverageTarget;
import org.reservoir.reporting.domain.DropOut;
import org.reservoir.reporting.domain.FunnelStage;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The dashboard's labels (dashboard/labels.json: [Chinese, English] per code) name every code reporting's reports
 * answer with, and say what the API's own bundles say: reporting's, and recruitment's for the codes its events carry.
 */
class DashboardLabelsTest {

    private static final List<String> FROM_RECRUITMENT = List.of("EducationLevel", "Gender", "PoliticalStatus", "SourceGroup", "Channel",
            "Track", "RegionLevel");

    private final JsonNode labels = read();

    @Test
    void everyCodeOfReportingsReportsHasBothLabels() {
        assertLabelled("AgeBand", AgeBand.values());
        assertLabelled("FunnelStage", FunnelStage.values());
        assertLabelled("DropOut", DropOut.values());
        assertLabelled("Standing", CoverageTarget.Standing.values());
        assertLabelled("AlertKind", AlertKind.values());
        // The page draws the age bands and funnel stages in the labels' order, which must be the enums'.
        assertEquals(names(AgeBand.values()), fieldNames("AgeBand"));
        assertEquals(names(FunnelStage.values()), fieldNames("FunnelStage"));
    }

    @Test
    void chineseLabelsAreTheApisOwn() throws IOException {
        Properties reporting = bundle(getClass().getClassLoader().getResourceAsStream("problems.properties"));
        assertSameAsBundle(reporting, "Standing");
        assertSameAsBundle(reporting, "AlertKind");
        Path recruitment = Path.of("..", "recruitment-service", "src", "main", "resources", "problems.properties");
        assertTrue(Files.exists(recruitment), "run from reporting-service's folder: " + recruitment.toAbsolutePath());
        Properties recruitmentBundle = bundle(Files.newInputStream(recruitment));
        for (String type : FROM_RECRUITMENT) {
            assertSameAsBundle(recruitmentBundle, type);
        }
    }

    @Test
    void everyUiTextHasBothLanguages() {
        labels.fields().forEachRemaining(type -> type.getValue().fields().forEachRemaining(entry -> {
            JsonNode pair = entry.getValue();
            assertTrue(pair.isArray() && pair.size() == 2 && !pair.get(0).asText().isBlank() && !pair.get(1).asText().isBlank(),
                    type.getKey() + "." + entry.getKey());
        }));
    }

    private void assertLabelled(String type, Enum<?>[] values) {
        for (Enum<?> value : values) {
            JsonNode pair = labels.path(type).path(value.name());
            assertEquals(2, pair.size(), type + "." + value.name() + " has no [Chinese, English] label");
        }
    }

    /** Each code the bundle labels has the bundle's Chinese label; a code the page does not know would show as a code. */
    private void assertSameAsBundle(Properties bundle, String type) {
        String prefix = "enum." + type + ".";
        long compared = bundle.stringPropertyNames().stream().filter(k -> k.startsWith(prefix)).peek(key -> {
            JsonNode pair = labels.path(type).path(key.substring(prefix.length()));
            assertFalse(pair.isMissingNode(), key + " is not labelled on the dashboard");
            assertEquals(bundle.getProperty(key), pair.get(0).asText(), key);
        }).count();
        assertEquals(labels.path(type).size(), compared, type + ": the dashboard labels codes the API does not have");
    }

    private List<String> fieldNames(String type) {
        List<String> names = new java.util.ArrayList<>();
        labels.path(type).fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    private static Properties bundle(InputStream in) throws IOException {
        assertNotNull(in);
        Properties p = new Properties();
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            p.load(reader);
        }
        return p;
    }

    private static JsonNode read() {
        try (InputStream in = DashboardLabelsTest.class.getClassLoader().getResourceAsStream("META-INF/resources/dashboard/labels.json")) {
            assertNotNull(in, "dashboard/labels.json");
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
