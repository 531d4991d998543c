package cn.dengkou.bizservice.job;

/** What a job alert needs to know of a newly opened job: where it is, what kind, and its title for the message. */
record OpenedJob(long id, String county, String township, String industry, String jobType, String title) {

    /** The part of a job that alert lists are about: jobs alike in it fit the same subscribers. */
    record Kind(String township, String industry, String jobType) {
    }

    static OpenedJob of(Job j) {
        return new OpenedJob(j.getId(), j.getCounty(), j.getTownship(), j.getIndustry(), j.getJobType(), j.getTitle());
    }

    Kind kind() {
        return new Kind(township, industry, jobType);
    }
}
