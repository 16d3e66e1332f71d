-- 重点培养: the county accepted an appraisal's key-cultivation proposal in assessment (assessment.appraisal.v1,
-- reservoir.assessment.proposal.decided); the newest acceptance (proposal, appraisal, reason, when) is kept here.
alter table candidate add column key_cultivation jsonb;
