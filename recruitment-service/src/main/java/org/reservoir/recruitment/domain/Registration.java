package org.reservoir.recruitment.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A registration as the API and the roster import receive it. */
public record Registration(UUID campaignId, String villageCode, CommitteePost targetPost, Track track, String name, Gender gender,
                           String ethnicity, LocalDate birthDate, String idNumber, String phone, EducationLevel educationLevel,
                           String major, String school, PoliticalStatus politicalStatus, LocalDate partyJoinDate,
                           List<Candidate.Job> workHistory, Integer workYears, Boolean fitForDuty, String healthNote, Boolean local,
                           String homeVillageCode, String occupation, SourceGroup sourceGroup, Channel channel, String channelDetail) {
}
