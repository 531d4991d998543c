package cn.dengkou.bizservice.targeting;

/**
 * The {@link Audience} rule as MyBatis {@code <script>} fragments, for a statement over {@code app_user u}
 * that has the audience bound as {@code audience} (a parameter, or {@code <bind name="audience" …/>});
 * a null audience means "no business needed" and adds nothing. The database runs it, so the users it
 * selects never pass through the JVM. Writes the binds {@code regFrom} and {@code regTo}.
 *
 * <pre>{@code
 * SELECT COUNT(*) FROM app_user u  + BUSINESS_JOIN +  WHERE u.enabled = 1  + CONDITIONS
 * }</pre>
 */
public final class AudienceSql {

    /** {@code b}: the user's bound, VERIFIED business (only VERIFIED ones are matched, as {@link BusinessProfile#of}). */
    public static final String BUSINESS_JOIN = """
            <if test="audience != null">
            JOIN business b ON b.owner_user_id = u.id AND b.status = 'VERIFIED'
            </if>
            """;

    /** {@code AND …} per dimension the audience sets, appended to a WHERE clause; one line per {@link Dimension}. */
    public static final String CONDITIONS = """
            <if test="audience != null">
              <if test="!audience.kinds().isEmpty()">AND b.kind IN <foreach collection="audience.kinds()" item="x" open="(" separator="," close=")">#{x}</foreach></if>
              <if test="!audience.townships().isEmpty()">AND b.township IN <foreach collection="audience.townships()" item="x" open="(" separator="," close=")">#{x}</foreach></if>
              <if test="!audience.industries().isEmpty()">AND b.industry IN <foreach collection="audience.industries()" item="x" open="(" separator="," close=")">#{x}</foreach></if>
              <if test="!audience.tags().isEmpty()">AND EXISTS (SELECT 1 FROM business_tag bt WHERE bt.business_id = b.id AND bt.tag IN <foreach collection="audience.tags()" item="x" open="(" separator="," close=")">#{x}</foreach>)</if>
              <if test="!audience.taxpayerTypes().isEmpty()">AND b.taxpayer_type IN <foreach collection="audience.taxpayerTypes()" item="x" open="(" separator="," close=")">#{x}</foreach></if>
              <if test="!audience.counties().isEmpty()">AND b.county IN <foreach collection="audience.counties()" item="x" open="(" separator="," close=")">#{x}</foreach></if>
              <if test="audience.registeredFrom() != null"><bind name="regFrom" value="audience.registeredFrom()"/>AND b.registered_on &gt;= #{regFrom}</if>
              <if test="audience.registeredTo() != null"><bind name="regTo" value="audience.registeredTo()"/>AND b.registered_on &lt;= #{regTo}</if>
            </if>
            """;

    private AudienceSql() {
    }
}
