package org.reservoir.infrastructure.security;

import java.util.Set;

/** The roles a bearer token's {@code groups} claim may carry. */
public final class Roles {

    /** 县委组织部: owns the pool, acts across its county. */
    public static final String COUNTY_ADMIN = "county-admin";
    /** 乡镇党委: acts within its township. */
    public static final String TOWNSHIP_OFFICER = "township-officer";
    /** 联审部门: one joint-review department, named in the token's {@code department} claim. */
    public static final String REVIEWER = "reviewer";
    public static final String ASSESSOR = "assessor";
    public static final String MENTOR = "mentor";
    public static final String VIEWER = "viewer";
    /** 后备力量: a reserve in the pool, for their own records; the token's subject is their candidate id. */
    public static final String RESERVE = "reserve";
    /** Machine clients: other government systems and scheduled jobs. */
    public static final String SERVICE = "service";

    /** Every role Reservoir knows; a token with none of them is refused everywhere ({@link AccessFilter}). */
    public static final Set<String> ALL = Set.of(COUNTY_ADMIN, TOWNSHIP_OFFICER, REVIEWER, ASSESSOR, MENTOR, VIEWER, SERVICE, RESERVE);

    private Roles() {
    }
}
