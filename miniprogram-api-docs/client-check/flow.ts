// A mini-program call sequence, type-checked against the client generated from openapi.json
// (scripts/check-api.sh: openapi-typescript + openapi-fetch + tsc --strict). It is never run: if a response
// shape changes in a way this code would break on (a field renamed, a type changed, a field becoming
// nullable), the check fails. In the mini program, pass a fetch built on wx.request (see 生成客户端.md).
import createClient from "openapi-fetch";
import type { components, paths } from "bizservice-api";

type OwnerItem = components["schemas"]["OwnerItem"];

export async function ownerFlow(fetchImpl: typeof fetch, wxLoginCode: string): Promise<string[]> {
  const api = createClient<paths>({ baseUrl: "https://example.invalid", fetch: fetchImpl });
  const lines: string[] = [];

  // 1. wx.login() code -> token
  const login = await api.POST("/api/v1/auth/wx-login", { body: { code: wxLoginCode } });
  if (!login.data) {
    throw new Error(login.error?.detail ?? "登录失败");
  }
  const token: string = login.data.token;
  const headers = { Authorization: `Bearer ${token}` };
  const displayName: string = login.data.user.displayName ?? "经营者";
  lines.push(`欢迎，${displayName}`);

  // 2. bind a business (201 new claim, 200 already bound: the same shape)
  if (login.data.user.business === null) {
    const bound = await api.POST("/api/v1/me/business", {
      headers,
      body: { uscc: "91150822MA0000000X", name: "示例商店", operatorName: "张三", kind: "INDIVIDUAL",
              industry: "F", township: "BYGL" },
    });
    if (bound.error) {
      lines.push(`绑定失败：${bound.error.code} ${bound.error.detail}`);
    } else if (bound.data) {
      const status: "PENDING" | "VERIFIED" | "REJECTED" = bound.data.status;
      lines.push(`绑定申请 ${bound.data.id}：${status}`);
    }
  } else {
    lines.push(`已绑定：${login.data.user.business.name}（${login.data.user.business.status}）`);
  }

  // 3. list notices, those that fit the business first
  const list = await api.GET("/api/v1/notices", { headers, params: { query: { size: 20 } } });
  const items: OwnerItem[] = list.data?.items ?? [];
  for (const n of items) {
    const until = n.validTo === null ? "长期有效" : n.validTo.slice(0, 10);
    lines.push(`${n.title}（${n.categoryName}，${until}）${n.matchReasons.join("、")}`);
  }

  // 4. read one
  if (items.length > 0) {
    const detail = await api.GET("/api/v1/notices/{id}", { headers, params: { path: { id: items[0].id } } });
    if (detail.data) {
      const body: string = detail.data.body;
      const files = detail.data.attachments.map((a) => a.name);
      lines.push(`${detail.data.title}${detail.data.expired ? "（已过期）" : ""}：${body.length} 字，附件 ${files.length} 个`);
    } else if (detail.error?.code === "NOTICE_NOT_FOUND") {
      lines.push("通知已撤回");
    }
  }

  // 5. the inbox
  const inbox = await api.GET("/api/v1/me/messages", { headers, params: { query: { page: 1, size: 20 } } });
  const unread = (inbox.data?.items ?? []).filter((m) => !m.read);
  for (const m of unread) {
    const when: string = m.createdAt;
    lines.push(`[未读] ${m.title} ${when.slice(0, 16)}${m.summary === null ? "" : "：" + m.summary}`);
  }
  return lines;
}
