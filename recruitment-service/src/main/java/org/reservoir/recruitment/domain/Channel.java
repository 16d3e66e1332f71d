package org.reservoir.recruitment.domain;

/** How a candidate was found. Two channels name who found them ({@code channelDetail}). */
public enum Channel {
    /** 公开招募 */
    OPEN_RECRUITMENT(false),
    /** 第一书记定向寻访: the first secretary is named */
    FIRST_SECRETARY_SEARCH(true),
    /** 组团包联单位推荐: the recommending unit is named */
    UNIT_RECOMMENDATION(true),
    /** 组织推荐 */
    ORGANISATION_RECOMMENDATION(false),
    /** 群众评议 */
    MASS_APPRAISAL(false),
    /** 个人自荐 */
    SELF_RECOMMENDATION(false);

    private final boolean needsDetail;

    Channel(boolean needsDetail) {
        this.needsDetail = needsDetail;
    }

    public boolean needsDetail() {
        return needsDetail;
    }
}
