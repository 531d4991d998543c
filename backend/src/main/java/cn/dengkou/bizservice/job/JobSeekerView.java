package cn.dengkou.bizservice.job;

import java.time.LocalDateTime;

/**
 * A seeker profile as its user and HR/ADMIN staff see it.
 *
 * @param alerts whether the user is subscribed to job alerts (by the profile or by their own lists)
 */
record JobSeekerView(long userId, String county, String countyName, JobSeekerSituation situation,
                     String situationName, boolean priorityGroup, JobPreferences preferences, boolean alerts,
                     LocalDateTime createdAt, LocalDateTime updatedAt) {
}
