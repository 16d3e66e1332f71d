package org.reservoir.reporting.events;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

import static io.restassured.RestAssured.given;

/** Reads one sample from the service's Prometheus endpoint. */
final class Metrics {

    private Metrics() {
    }

    /** The value of {@code name} with exactly these labels' values (among others), if the series exists. */
    static Optional<Double> value(String name, Map<String, String> labels) {
        String text = given().get("/q/metrics").then().statusCode(200).extract().asString();
        return Arrays.stream(text.split("\n"))
                .filter(line -> line.startsWith(name + "{"))
                .filter(line -> labels.entrySet().stream().allMatch(l -> line.contains(l.getKey() + "=\"" + l.getValue() + "\"")))
                .map(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst();
    }
}
