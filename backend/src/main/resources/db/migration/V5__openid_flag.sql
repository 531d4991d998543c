-- WeChat answered 40003 (invalid openid) to a send: no subscribe message goes to this user until they
-- log in again (the inbox still gets every message).
ALTER TABLE app_user ADD COLUMN openid_invalid_at DATETIME(3) NULL;
