package cn.dengkou.bizservice.support;

/**
 * The numbers 1..n as a derived table with one column {@code seq}, for seeding with {@code INSERT … SELECT}.
 * MariaDB's {@code seq_1_to_N} tables do not exist on MySQL 8 (which {@code TEST_DB_URL} may name): this is a
 * ten-row recursive CTE of digits cross-joined once per decimal place, so the recursion stays 10 deep,
 * far below MySQL's {@code cte_max_recursion_depth} (1000 by default), however large n is.
 */
public final class SqlSequence {

    private SqlSequence() {
    }

    /** {@code (… ) AS numbers}: use as {@code SELECT seq … FROM } + {@code upTo(n)}. */
    public static String upTo(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("a sequence needs n >= 1, got " + n);
        }
        StringBuilder value = new StringBuilder("1");
        StringBuilder from = new StringBuilder();
        long place = 1;
        for (int i = 0; place < n; i++, place *= 10) {
            value.append(" + ").append(place).append(" * d").append(i).append(".d");
            from.append(i == 0 ? "digit d0" : " CROSS JOIN digit d" + i);
        }
        if (from.isEmpty()) {
            return "(SELECT 1 AS seq) AS numbers";
        }
        return "(WITH RECURSIVE digit (d) AS (SELECT 0 UNION ALL SELECT d + 1 FROM digit WHERE d < 9) "
                + "SELECT " + value + " AS seq FROM " + from + " WHERE " + value + " <= " + n + ") AS numbers";
    }
}
