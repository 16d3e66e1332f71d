package org.reservoir.assessment.application;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import org.reservoir.assessment.domain.CriteriaTemplate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The interview criteria sheets shipped as data in {@code criteria/*.json}. */
@ApplicationScoped
public class CriteriaTemplates {

    static final List<String> SHIPPED = List.of("three-highs-three-strengths", "five-comparisons");

    private final Map<String, CriteriaTemplate> templates = new LinkedHashMap<>();

    public CriteriaTemplates(ObjectMapper mapper) {
        for (String key : SHIPPED) {
            try (InputStream in = CriteriaTemplates.class.getClassLoader().getResourceAsStream("criteria/" + key + ".json")) {
                if (in == null) {
                    throw new IllegalStateException("criteria sheet " + key + " is not on the classpath");
                }
                CriteriaTemplate t = mapper.readValue(in, CriteriaTemplate.class);
                templates.put(t.key(), t);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    public List<CriteriaTemplate> all() {
        return List.copyOf(templates.values());
    }

    public Optional<CriteriaTemplate> find(String key) {
        return Optional.ofNullable(key == null ? null : templates.get(key));
    }
}
