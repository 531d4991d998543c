package cn.dengkou.bizservice.dev;

import cn.dengkou.bizservice.Application;
import cn.dengkou.bizservice.job.DemoJobs;
import cn.dengkou.bizservice.event.DemoEvents;
import cn.dengkou.bizservice.support.LocalServers;
import cn.dengkou.bizservice.wechat.sim.WechatSimulator;
import org.springframework.boot.SpringApplication;

import java.nio.file.Path;
import java.util.Map;

/**
 * The local dev mode (README's run command): embedded MariaDB and Redis keeping their data under
 * {@code .devdata/}, the WeChat simulator, demo data, a bootstrap ADMIN. Lives in test scope so
 * none of it reaches the production jar.
 */
public final class DevApplication {

    public static final String ADMIN_USERNAME = "admin";
    public static final String ADMIN_PASSWORD = "admin-dev-password";

    private DevApplication() {
    }

    public static void main(String[] args) {
        Path dataDir = Path.of(System.getProperty("dev.data-dir", ".devdata")).toAbsolutePath();
        LocalServers servers = LocalServers.start(dataDir);
        WechatSimulator sim = WechatSimulator.start();
        Map<String, String> props = new java.util.HashMap<>(servers.springProperties());
        props.put("app.wechat.api-base-url", sim.baseUrl());
        props.put("app.wechat.appid", WechatSimulator.SIM_APPID);
        props.put("app.wechat.secret", WechatSimulator.SIM_SECRET);
        props.put("app.wechat.templates.notice", "tpl-dev-notice");
        props.put("app.wechat.templates.job", "tpl-dev-job");
        props.put("app.wechat.templates.event", "tpl-dev-event");
        props.put("app.wechat.templates.feedback", "tpl-dev-feedback");
        props.put("app.event.check-in-key", "dev-check-in-key-not-for-production-0001");
        props.put("app.upload.dir", dataDir.resolve("uploads").toString());
        // two counties, so the isolation can be seen; the bootstrap admin is then the prefecture's (巴彦淖尔市)
        props.put("app.counties", "150822,150826");
        props.put("app.bootstrap.admin-username", ADMIN_USERNAME);
        props.put("app.bootstrap.admin-password", ADMIN_PASSWORD);
        props.forEach((k, v) -> {
            if (System.getProperty(k) == null) {
                System.setProperty(k, v);
            }
        });
        System.out.println("dev mode: data in " + dataDir + ", WeChat simulator at " + sim.baseUrl());
        SpringApplication.from(Application::main).with(DemoData.class, DemoNotices.class, DemoJobs.class, DemoJobSeekers.class, DemoEvents.class, DemoFeedback.class, QuietHoursHint.class).withAdditionalProfiles("dev").run(args);
    }
}
