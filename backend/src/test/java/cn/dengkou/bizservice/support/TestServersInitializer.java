package cn.dengkou.bizservice.support;

import cn.dengkou.bizservice.wechat.sim.WechatSimulator;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import java.util.HashMap;
import java.util.Map;

/** Points the application under test at the real local servers and the WeChat simulator. */
public class TestServersInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Map<String, Object> props = new HashMap<>(LocalServers.forTests().springProperties());
        WechatSimulator sim = WechatSimulator.shared();
        props.put("app.wechat.api-base-url", sim.baseUrl());
        props.put("app.wechat.appid", WechatSimulator.SIM_APPID);
        props.put("app.wechat.secret", WechatSimulator.SIM_SECRET);
        props.put("app.wechat.templates.notice", "tpl-notice");
        props.put("app.wechat.templates.job", "tpl-job");
        props.put("app.wechat.templates.event", "tpl-event");
        props.put("app.wechat.templates.feedback", "tpl-feedback");
        props.put("app.event.check-in-key", "test-check-in-key-0123456789abcdef");
        props.put("app.upload.dir", java.nio.file.Path.of(System.getProperty("java.io.tmpdir"),
                "bizservice-test-uploads-" + ProcessHandle.current().pid()).toString());
        // a test context that sets its own (TwoCountyDeployment: none) keeps it
        if (!context.getEnvironment().containsProperty("app.bootstrap.admin-username")) {
            props.put("app.bootstrap.admin-username", TestUsers.ADMIN_USERNAME);
            props.put("app.bootstrap.admin-password", TestUsers.ADMIN_PASSWORD);
        }
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test-servers", props));
    }
}
