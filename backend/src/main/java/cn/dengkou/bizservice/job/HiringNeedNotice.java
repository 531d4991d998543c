package cn.dengkou.bizservice.job;

import cn.dengkou.bizservice.push.PushRequest;
import cn.dengkou.bizservice.push.PushTasks;
import cn.dengkou.bizservice.push.Recipients;
import cn.dengkou.bizservice.wechat.TemplateData;
import cn.dengkou.bizservice.wechat.WechatProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.LocalDateTime;
import java.util.List;

/** Tells the owner how HR decided on their hiring need: inbox plus subscribe message, scene {@code job}. */
@Component
class HiringNeedNotice {

    static final String REF_TYPE = "HIRING_NEED";
    private static final Logger log = LoggerFactory.getLogger(HiringNeedNotice.class);

    private final PushTasks pushTasks;

    HiringNeedNotice(PushTasks pushTasks) {
        this.pushTasks = pushTasks;
    }

    void approved(HiringNeed n, int jobs, long staffId, LocalDateTime at) {
        send(n, "用工需求已通过审核", "已发布 " + jobs + " 个招聘岗位", "已通过", "已发布" + jobs + "个招聘岗位", staffId, at);
    }

    void rejected(HiringNeed n, String reason, long staffId, LocalDateTime at) {
        send(n, "用工需求未通过审核", "退回原因：" + reason, "已退回", reason, staffId, at);
    }

    private void send(HiringNeed n, String title, String summary, String result, String remark, long staffId,
                      LocalDateTime at) {
        try {
            pushTasks.create(PushRequest.of(WechatProperties.SCENE_JOB, REF_TYPE, n.getId(), title, summary,
                            "/pages/hiring-need/detail?id=" + n.getId(),
                            new TemplateData().put("thing1", "用工需求审核").put("phrase2", result)
                                    .put("thing3", remark).put("time4", at).toMap(),
                            Recipients.users(List.of(n.getOwnerId())))
                    .dedupKey("hiring-need:" + n.getId())
                    .createdBy(staffId)
                    .county(n.getCounty()));
        } catch (IllegalStateException e) {
            // no template for the scene: the decision stands, the owner sees it in their list
            log.error("hiring need {} decision not pushed: {}", n.getId(), e.getMessage());
        }
    }
}
