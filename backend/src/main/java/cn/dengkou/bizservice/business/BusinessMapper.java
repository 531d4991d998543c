package cn.dengkou.bizservice.business;

import cn.dengkou.bizservice.common.StatusUpdate;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.metadata.IPage;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

@Mapper
interface BusinessMapper extends BaseMapper<Business> {

    default Business findByOwner(long userId) {
        return selectOne(new LambdaQueryWrapper<Business>().eq(Business::getOwnerUserId, userId));
    }

    default Business findByUscc(String uscc) {
        return selectOne(new LambdaQueryWrapper<Business>().eq(Business::getUscc, uscc));
    }

    /** Reads and locks the row until the transaction ends. */
    default Business lockById(long id) {
        return selectOne(new LambdaQueryWrapper<Business>().eq(Business::getId, id).last("FOR UPDATE"));
    }

    /** {@code counties}: the counties to list (null = every one; callers answer an empty set themselves). */
    default IPage<Business> search(BusinessFilter f, Collection<String> counties, Page<Business> page) {
        String q = f.searchText();
        return selectPage(page, new LambdaQueryWrapper<Business>()
                .in(counties != null, Business::getCounty, counties)
                .eq(f.status() != null, Business::getStatus, f.status())
                .eq(f.township() != null, Business::getTownship, f.township())
                .eq(f.kind() != null, Business::getKind, f.kind())
                .eq(f.industry() != null, Business::getIndustry, f.industry())
                .exists(f.tag() != null,
                        "SELECT 1 FROM business_tag t WHERE t.business_id = business.id AND t.tag = {0}", f.tag())
                .and(q != null, w -> w.like(Business::getName, q).or().likeRight(Business::getUscc, q))
                .orderByDesc(Business::getId));
    }

    /** The conditional status UPDATE of {@code business} ({@link #transition}, {@link #rebind}). */
    StatusUpdate<Business> STATUS = new StatusUpdate<>(Business::getId, Business::getStatus);

    /** Moves the business only if it is still in {@code t.from()}; false when it is not (or does not exist). */
    default boolean transition(long id, BusinessTransition t, Long reviewer, String note, LocalDateTime now) {
        return STATUS.move(this, id, t, w -> w
                .set(Business::getReviewedBy, reviewer)
                .set(Business::getReviewedAt, now)
                .set(Business::getReviewNote, note)
                .set(Business::getUpdatedAt, now));
    }

    /** Overwrites a rejected claim with the owner's new one, keeping its id; false when it is no longer rejected. */
    default boolean rebind(long id, Business claim) {
        BusinessTransition t = BusinessTransition.rebind(BusinessStatus.valueOf(claim.getStatus()));
        return STATUS.move(this, id, t, w -> w
                .set(Business::getUscc, claim.getUscc())
                .set(Business::getCounty, claim.getCounty())
                .set(Business::getName, claim.getName())
                .set(Business::getOperatorName, claim.getOperatorName())
                .set(Business::getKind, claim.getKind())
                .set(Business::getIndustry, claim.getIndustry())
                .set(Business::getTownship, claim.getTownship())
                .set(Business::getRegisteredOn, claim.getRegisteredOn())
                .set(Business::getTaxpayerType, claim.getTaxpayerType())
                .set(Business::getReviewedBy, null)
                .set(Business::getReviewedAt, claim.getReviewedAt())
                .set(Business::getReviewNote, claim.getReviewNote())
                .set(Business::getCreatedAt, claim.getCreatedAt())
                .set(Business::getUpdatedAt, claim.getUpdatedAt()));
    }

    /** Deletes another owner's rejected claim so the code can be bound; 0 when it is no longer rejected. */
    default int release(long id) {
        return delete(new LambdaQueryWrapper<Business>()
                .eq(Business::getId, id)
                .in(Business::getStatus, BusinessTransition.RELEASE.fromNames()));
    }

    /**
     * Verifies every pending claim whose code and name the registry now holds, taking the registry's facts
     * (its county too: the registry decides where a business registered elsewhere operates).
     * One UPDATE over a join, not a row at a time, so it names the move's statuses itself.
     */
    default int applyRegistryMatches(LocalDateTime now) {
        BusinessTransition t = BusinessTransition.REGISTRY_MATCH;
        return registryMatches(t.fromNames(), t.to().name(), now, BusinessTransition.REGISTRY_NOTE);
    }

    @Update("<script>UPDATE business b JOIN registry_entry r ON r.uscc = b.uscc"
            + " SET b.status = #{to}, b.county = r.county, b.kind = r.kind,"
            + " b.industry = COALESCE(r.industry, b.industry), b.township = COALESCE(r.township, b.township),"
            + " b.registered_on = COALESCE(r.registered_on, b.registered_on),"
            + " b.taxpayer_type = COALESCE(r.taxpayer_type, b.taxpayer_type),"
            + " b.reviewed_by = NULL, b.reviewed_at = #{now}, b.review_note = #{note}, b.updated_at = #{now}"
            + " WHERE b.status IN <foreach collection='from' item='s' open='(' separator=',' close=')'>#{s}</foreach>"
            + " AND " + BusinessName.SQL_OPEN + "b.name" + BusinessName.SQL_CLOSE
            + " = " + BusinessName.SQL_OPEN + "r.name" + BusinessName.SQL_CLOSE + "</script>")
    int registryMatches(@Param("from") Collection<String> from, @Param("to") String to,
                        @Param("now") LocalDateTime now, @Param("note") String note);

    @Select("SELECT tag FROM business_tag WHERE business_id = #{id} ORDER BY tag")
    List<String> tagsOf(@Param("id") long businessId);

    /** The tags of many businesses in one query: business id → its tags. */
    default Map<Long, List<String>> tagsByBusiness(Collection<Long> businessIds) {
        Map<Long, List<String>> tags = new HashMap<>();
        if (!businessIds.isEmpty()) {
            tagRows(businessIds).forEach(row -> tags
                    .computeIfAbsent(((Number) row.get("bid")).longValue(), k -> new ArrayList<>())
                    .add((String) row.get("tag")));
        }
        return tags;
    }

    @Select("<script>SELECT business_id AS bid, tag FROM business_tag WHERE business_id IN"
            + " <foreach collection='ids' item='id' open='(' separator=',' close=')'>#{id}</foreach>"
            + " ORDER BY business_id, tag</script>")
    List<Map<String, Object>> tagRows(@Param("ids") Collection<Long> businessIds);

    @Delete("DELETE FROM business_tag WHERE business_id = #{id}")
    int clearTags(@Param("id") long businessId);

    @Insert("<script>INSERT INTO business_tag (business_id, tag) VALUES"
            + " <foreach collection='tags' item='tag' separator=','>(#{id}, #{tag})</foreach></script>")
    int addTags(@Param("id") long businessId, @Param("tags") Collection<String> tags);
}
