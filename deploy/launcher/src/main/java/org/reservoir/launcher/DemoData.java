package org.reservoir.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Demo data loaded through the public API: Jimsar county (吉木萨尔县), whose 9 townships and 57
 * villages are the figures quoted in DOMAIN.md. Village names are illustrative.
 */
public final class DemoData {

    public static final String COUNTY = "652327000000";
    private static final String[][] TOWNSHIPS = {
            {"101", "吉木萨尔镇"}, {"102", "三台镇"}, {"103", "泉子街镇"}, {"104", "北庭镇"}, {"105", "二工镇"},
            {"106", "大有镇"}, {"201", "庆阳湖乡"}, {"202", "老台乡"}, {"203", "新地乡"}};
    private static final String[] VILLAGE_STEMS = {"东湾", "西地", "南滩", "北沟", "上营", "下营", "红旗", "新华", "小鱼沟"};
    private static final String[] VILLAGE_TYPES = {"WEAK", "POOR", "COMPLEX", "INDUSTRY", "SPECIALISED"};

    private DemoData() {
    }

    /** The bulk-create body: the county, its townships, then 57 villages spread over them. */
    public static String regionsJson() {
        List<String> items = new ArrayList<>();
        items.add(region(COUNTY, "吉木萨尔县", null, 0, false));
        for (String[] t : TOWNSHIPS) {
            items.add(region("652327" + t[0] + "000", t[1], null, 0, false));
        }
        for (int i = 0; i < 57; i++) {
            String[] t = TOWNSHIPS[i % TOWNSHIPS.length];
            int n = i / TOWNSHIPS.length + 1;
            String code = "652327" + t[0] + String.format("%03d", 200 + n);
            String name = VILLAGE_STEMS[(i + n) % VILLAGE_STEMS.length] + n + "村";
            items.add(region(code, name, VILLAGE_TYPES[i % VILLAGE_TYPES.length], 5 + i % 3, i % 4 == 0));
        }
        return "{\"regions\":[" + String.join(",", items) + "]}";
    }

    private static String region(String code, String name, String villageType, int seats, boolean onePerson) {
        StringBuilder sb = new StringBuilder("{\"code\":\"").append(code).append("\",\"name\":\"").append(name).append('"');
        if (villageType != null) {
            sb.append(",\"villageType\":\"").append(villageType).append('"')
                    .append(",\"committeeSeats\":").append(seats)
                    .append(",\"secretaryDirectorOnePerson\":").append(onePerson);
        }
        return sb.append('}').toString();
    }

    /** Loads the demo regions unless the county exists already; returns a line for the console. */
    public static String load(String recruitmentUrl, String countyAdminToken) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest post = HttpRequest.newBuilder(URI.create(recruitmentUrl + "/api/v1/regions/bulk"))
                .header("Authorization", "Bearer " + countyAdminToken)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", "demo-data-" + COUNTY)
                .POST(HttpRequest.BodyPublishers.ofString(regionsJson()))
                .build();
        HttpResponse<String> response = http.send(post, HttpResponse.BodyHandlers.ofString());
        boolean replayed = response.headers().firstValue("Idempotent-Replayed").isPresent();
        return switch (response.statusCode()) {
            case 200, 201 -> replayed ? "demo data: already present"
                    : "demo data: county " + COUNTY + " with 9 townships and 57 villages created";
            case 409 -> "demo data: already present";
            default -> "demo data NOT loaded (" + response.statusCode() + "): " + response.body();
        };
    }
}
