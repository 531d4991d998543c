package cn.dengkou.bizservice.job;

import cn.dengkou.bizservice.Application;
import cn.dengkou.bizservice.common.excel.Column;
import cn.dengkou.bizservice.common.excel.XlsxWriter;
import cn.dengkou.bizservice.support.LocalServers;
import cn.dengkou.bizservice.wechat.sim.WechatSimulator;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * Job import benchmark (issue 11), a plain program run by {@code scripts/bench/job-import-bench.sh} with
 * {@code -Xmx256m}, not a test. Writes a 50,000-row XLSX with the shared writer, imports it through {@link JobImport}
 * (the upload path without HTTP: read, check, upsert, search terms, one transaction), then writes the same rows with a
 * plain batched INSERT (1,000 per batch, one transaction, no checks, no terms) into the same table, and prints both
 * times, their ratio and the peak heap in use during each (sampled every 5 ms, and the heap pools' peak).
 *
 * <p>Args: {@code [rows]} (default 50,000). Further {@code --key=value} args go to Spring.
 */
public final class JobImportBench {

    private static final String[] TOWNSHIPS = {"巴彦高勒镇", "隆盛合镇", "渡口镇", "补隆淖镇", "沙金套海苏木", "国有农场"};
    private static final String[] INDUSTRIES = {"A", "C", "E", "F", "H", "I"};
    private static final String[] TYPES = {"全职", "兼职", "季节性用工", "实习"};

    /** One generated row, as both paths write it. */
    private record Row(String externalId, String title, String employer, String township, String industry, String type,
                       int headcount, int salaryMin, int salaryMax, String requirements, String benefits,
                       String description, String contactName, String contactPhone, LocalDate validUntil) {
    }

    private JobImportBench() {
    }

    public static void main(String[] args) throws Exception {
        int rows = 50_000;
        List<String> springArgs = new ArrayList<>();
        for (String a : args) {
            if (a.startsWith("--")) {
                springArgs.add(a);
            } else {
                rows = Integer.parseInt(a);
            }
        }
        LocalServers servers = LocalServers.start(null);
        WechatSimulator sim = WechatSimulator.start();
        List<String> all = new ArrayList<>();
        servers.springProperties().forEach((k, v) -> all.add("--" + k + "=" + v));
        all.add("--app.wechat.api-base-url=" + sim.baseUrl());
        all.add("--app.wechat.appid=" + WechatSimulator.SIM_APPID);
        all.add("--app.wechat.secret=" + WechatSimulator.SIM_SECRET);
        all.add("--app.wechat.templates.job=tpl-bench-job");
        all.add("--server.port=0");
        all.add("--app.push.dispatcher.enabled=false");
        all.add("--logging.level.root=WARN");
        all.add("--logging.level.cn.dengkou.bizservice.job=INFO");
        all.addAll(springArgs);
        int code = 1;
        ConfigurableApplicationContext ctx = SpringApplication.from(Application::main).run(all.toArray(String[]::new))
                .getApplicationContext();
        try {
            run(ctx, rows);
            code = 0;
        } finally {
            ctx.close();
            sim.stop();
        }
        System.exit(code);
    }

    private static void run(ConfigurableApplicationContext ctx, int n) {
        JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
        JobImport imports = ctx.getBean(JobImport.class);
        TransactionTemplate tx = ctx.getBean(TransactionTemplate.class);
        LocalDate until = LocalDate.now().plusDays(60);
        List<Column<Row>> columns = List.of(
                Column.text("外部编号", Row::externalId), Column.text("岗位名称", Row::title),
                Column.text("用工单位", Row::employer), Column.text("乡镇", Row::township),
                Column.text("行业", Row::industry), Column.text("用工类型", Row::type),
                Column.integer("招聘人数", Row::headcount), Column.integer("最低月薪", Row::salaryMin),
                Column.integer("最高月薪", Row::salaryMax), Column.text("任职要求", Row::requirements),
                Column.text("福利待遇", Row::benefits), Column.text("岗位描述", Row::description),
                Column.text("联系人", Row::contactName), Column.text("联系电话", Row::contactPhone),
                Column.date("截止日期", Row::validUntil));
        byte[] xlsx;
        try (XlsxWriter w = new XlsxWriter()) {
            xlsx = w.sheet("岗位", columns, () -> IntStream.range(0, n).mapToObj(i -> row(i, until)).iterator()).toBytes();
        }
        System.out.printf("generated %,d rows: %,d bytes of XLSX%n", n, xlsx.length);

        // warm-up: the import code path on a small file, so the timed run is not mostly class loading and JIT
        try (XlsxWriter w = new XlsxWriter()) {
            imports.run(w.sheet("岗位", columns, IntStream.range(0, 500).mapToObj(i -> row(i, until)).toList()).toBytes(),
                    "warm.xlsx", new JobImport.Options("150822", "bench-warm", false, "UPLOAD", null));
        }

        Measured<JobImportReport> imported = measure(() -> imports.run(xlsx, "bench.xlsx",
                new JobImport.Options("150822", "bench-import", false, "UPLOAD", null)));
        JobImportReport report = imported.value();
        if (report.created() != n) {
            throw new IllegalStateException("import created " + report.created() + " of " + n + ": " + report.rejected());
        }

        List<Object[]> args = new ArrayList<>(n);
        Timestamp now = Timestamp.valueOf(LocalDateTime.now());
        for (int i = 0; i < n; i++) {
            Row r = row(i, until);
            args.add(new Object[] {r.title(), r.employer(), "LSH", r.industry(), "FULL_TIME", r.headcount(), r.salaryMin(),
                    r.salaryMax(), false, r.requirements(), r.benefits(), r.description(), r.contactName(), r.contactPhone(),
                    Date.valueOf(r.validUntil()), "150822", "bench-plain", r.externalId(), now, now, now});
        }
        Measured<Integer> plain = measure(() -> tx.execute(s -> {
            for (int from = 0; from < n; from += 1000) {
                jdbc.batchUpdate("INSERT INTO job (title, employer, township, industry, job_type, headcount, salary_min,"
                        + " salary_max, salary_negotiable, requirements, benefits, description, contact_name, contact_phone,"
                        + " valid_until, county, status, source, external_id, created_at, updated_at, published_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, ?, ?, ?, ?)",
                        args.subList(from, Math.min(n, from + 1000)));
            }
            return n;
        }));
        long terms = jdbc.queryForObject("SELECT COUNT(*) FROM search_term WHERE kind = 'job'", Long.class);
        long max = Runtime.getRuntime().maxMemory();
        System.out.println();
        System.out.printf("| %,d rows, -Xmx%d MB | time | peak heap used (sampled) | heap pools' peak |%n", n, max >> 20);
        System.out.println("|---|---|---|---|");
        System.out.printf("| XLSX import (JobImport: read, check, upsert, %,d search terms) | %,d ms | %d MB | %d MB |%n",
                terms, imported.millis(), imported.sampledPeak() >> 20, imported.poolPeak() >> 20);
        System.out.printf("| plain batched INSERT (1,000 per batch, rows prepared in memory) | %,d ms | %d MB | %d MB |%n",
                plain.millis(), plain.sampledPeak() >> 20, plain.poolPeak() >> 20);
        System.out.printf("| ratio import / INSERT | %.1f× | | |%n", (double) imported.millis() / Math.max(1, plain.millis()));
    }

    private static Row row(int i, LocalDate until) {
        return new Row("B" + i, "葵花籽分拣工" + i + "号", "磴口县农产品公司" + (i % 500), TOWNSHIPS[i % TOWNSHIPS.length],
                INDUSTRIES[i % INDUSTRIES.length], TYPES[i % TYPES.length], 1 + i % 30, 2500 + (i % 20) * 100,
                4000 + (i % 20) * 100, "身体健康，能吃苦耐劳，有相关经验者优先", "包食宿，按月发放工资",
                "负责葵花籽的分拣、装袋与搬运，季节性用工，第" + i + "批", "王经理", String.format("139%08d", i), until);
    }

    private record Measured<T>(T value, long millis, long sampledPeak, long poolPeak) {
    }

    private static <T> Measured<T> measure(Supplier<T> work) {
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        AtomicLong peak = new AtomicLong();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        long started = System.nanoTime();
        T value = work.get();
        long millis = (System.nanoTime() - started) / 1_000_000;
        sampler.interrupt();
        long pools = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        return new Measured<>(value, millis, peak.get(), pools);
    }
}
