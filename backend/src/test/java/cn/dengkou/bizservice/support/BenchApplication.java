package cn.dengkou.bizservice.support;

import cn.dengkou.bizservice.Application;
import cn.dengkou.bizservice.wechat.sim.WechatSimulator;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * How a benchmark program (not a test) runs the app: embedded MariaDB and Redis, a WeChat simulator, bench template
 * ids, a random port, the push dispatcher off and WARN logs, plus the program's own {@code --key=value} args; exits 2
 * when the app does not start, else with the code the benchmark returns.
 */
public final class BenchApplication {

    private BenchApplication() {
    }

    public static void run(List<String> springArgs, ToIntFunction<ConfigurableApplicationContext> benchmark) {
        LocalServers servers = LocalServers.start(null);
        WechatSimulator sim = WechatSimulator.start();
        List<String> all = new ArrayList<>();
        servers.springProperties().forEach((k, v) -> all.add("--" + k + "=" + v));
        all.add("--app.wechat.api-base-url=" + sim.baseUrl());
        all.add("--app.wechat.appid=" + WechatSimulator.SIM_APPID);
        all.add("--app.wechat.secret=" + WechatSimulator.SIM_SECRET);
        for (String scene : List.of("notice", "job", "event", "feedback")) {
            all.add("--app.wechat.templates." + scene + "=tpl-bench-" + scene);
        }
        all.add("--server.port=0");
        all.add("--app.push.dispatcher.enabled=false");
        all.add("--logging.level.root=WARN");
        all.addAll(springArgs);
        ConfigurableApplicationContext ctx;
        try {
            ctx = SpringApplication.from(Application::main).run(all.toArray(String[]::new)).getApplicationContext();
        } catch (RuntimeException e) {
            e.printStackTrace();
            System.exit(2);
            return;
        }
        int code = 1;
        try {
            code = benchmark.applyAsInt(ctx);
        } finally {
            ctx.close();
            sim.stop();
        }
        System.exit(code);
    }
}
