package org.reservoir.recruitment.roster;

import java.util.List;
import java.util.Optional;

/**
 * The columns of the candidate roster spreadsheet, in template order.
 * {@link #key()} is the JSON field name used by the rest of the system, {@link #header()} the Chinese
 * header text written to the template. {@link #allowedValues()} lists the values the template offers
 * (empty for free text); it is informational only: this package performs no domain validation.
 */
public enum RosterColumn {
    NAME("name", "姓名", true),
    GENDER("gender", "性别 (男/女)", false, "男", "女"),
    ETHNICITY("ethnicity", "民族", false),
    BIRTH_DATE("birthDate", "出生日期 (yyyy-MM-dd)", false),
    ID_NUMBER("idNumber", "身份证号", true),
    PHONE("phone", "联系电话", false),
    EDUCATION_LEVEL("educationLevel", "学历", false, "小学", "初中", "高中", "中专", "大专", "本科", "硕士", "博士"),
    MAJOR("major", "专业", false),
    SCHOOL("school", "毕业院校", false),
    POLITICAL_STATUS("politicalStatus", "政治面貌", false, "中共党员", "中共预备党员", "共青团员", "群众"),
    PARTY_JOIN_DATE("partyJoinDate", "入党时间 (yyyy-MM-dd)", false),
    WORK_YEARS("workYears", "工作年限", false),
    FIT_FOR_DUTY("fitForDuty", "身体健康 (是/否)", false, "是", "否"),
    LOCAL("local", "本土人才 (是/否)", false, "是", "否"),
    OCCUPATION("occupation", "现职业", false),
    SOURCE_GROUP("sourceGroup", "人员类别", false, "返乡大学生", "退役军人", "致富带头人", "外出务工经商返乡人员",
            "本土优秀青年", "农村实用人才", "退休干部职工", "乡土专家"),
    CHANNEL("channel", "产生渠道", false, "公开招募", "第一书记定向寻访", "组团包联单位推荐", "组织推荐", "群众评议", "个人自荐"),
    CHANNEL_DETAIL("channelDetail", "推荐人/单位", false),
    TRACK("track", "储备类型 (专职/兼职)", false, "专职", "兼职"),
    VILLAGE_CODE("villageCode", "目标村代码", false),
    TARGET_POST("targetPost", "拟任岗位", false);

    private final String key;
    private final String header;
    private final String label;
    private final boolean required;
    private final List<String> allowedValues;

    RosterColumn(String key, String header, boolean required, String... allowedValues) {
        this.key = key;
        this.header = header;
        int hint = header.indexOf(" (");
        this.label = hint < 0 ? header : header.substring(0, hint);
        this.required = required;
        this.allowedValues = List.of(allowedValues);
    }

    /** JSON field name, e.g. {@code idNumber}. */
    public String key() {
        return key;
    }

    /** Full template header, e.g. {@code 性别 (男/女)}. */
    public String header() {
        return header;
    }

    /** Header without the parenthesised hint, e.g. {@code 性别}; used in problem messages. */
    public String label() {
        return label;
    }

    /** Whether a sheet lacking this column gets a sheet-level problem ({@code 缺少列：…}). */
    public boolean required() {
        return required;
    }

    /** Values offered by the template (drop-down / 填写说明); empty for free text. */
    public List<String> allowedValues() {
        return allowedValues;
    }

    public static Optional<RosterColumn> byKey(String key) {
        for (RosterColumn c : values()) {
            if (c.key.equals(key)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /**
     * Matches a header cell: surrounding/inner whitespace, a trailing parenthesised hint (ASCII or full-width
     * brackets) and required-field asterisks are ignored, so {@code 性别}, {@code 性别 (男/女)}, {@code *性别（男/女）}
     * all match {@link #GENDER}.
     */
    public static Optional<RosterColumn> byHeader(String text) {
        String wanted = normalizeHeader(text);
        if (!wanted.isEmpty()) {
            for (RosterColumn c : values()) {
                if (c.label.equals(wanted)) {
                    return Optional.of(c);
                }
            }
        }
        return Optional.empty();
    }

    static String normalizeHeader(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints()
                .filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp) && cp != '\uFEFF' && cp != '*' && cp != '＊')
                .forEach(sb::appendCodePoint);
        String s = sb.toString();
        int open = Math.max(s.indexOf('('), s.indexOf('（'));
        if (open > 0 && (s.endsWith(")") || s.endsWith("）"))) {
            s = s.substring(0, open);
        }
        return s;
    }
}
