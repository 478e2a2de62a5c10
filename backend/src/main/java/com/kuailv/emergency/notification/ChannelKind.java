package com.kuailv.emergency.notification;

/**
 * Where a channel posts: the chat robots of the three Chinese suites, an outbound webhook for
 * supply-chain systems and e-mail. Each has its own message limit in UTF-8 bytes (from the
 * services' docs) and its own signing scheme.
 */
public enum ChannelKind {
  /** WeCom group robot: markdown content at most 4,096 bytes; the URL's key is the credential. */
  WECOM(4096, false, 20),
  /** DingTalk custom robot, signed ("加签"): markdown at most 20,000 bytes, 20 messages a minute. */
  DINGTALK(20_000, true, 20),
  /** Feishu custom bot with signature verification: a post of at most ~30 KB. */
  FEISHU(29_000, true, 100),
  /** Standard Webhooks: a signed JSON event; the secret is {@code whsec_} + Base64. */
  WEBHOOK(256_000, true, 0),
  /**
   * E-mail to a group mailbox through the platform's SMTP server: the address is {@code
   * mailto:a@x.cn,b@x.cn} (RFC 6068); HTML and text parts; no secret.
   */
  EMAIL(256_000, false, 0),
  /**
   * An Alibaba Cloud SMS account: reaches a paged person on their phone, never a group. The address
   * is the API's endpoint ({@code https://dysmsapi.aliyuncs.com}), the secret the AccessKey secret;
   * the text is the account's approved template, filled in (see {@link SmsSender}).
   */
  SMS(500, true, 0);

  private final int maxBytes;
  private final boolean needsSecret;
  private final int perMinute;

  ChannelKind(int maxBytes, boolean needsSecret, int perMinute) {
    this.maxBytes = maxBytes;
    this.needsSecret = needsSecret;
    this.perMinute = perMinute;
  }

  /**
   * Messages a robot takes a minute (WeCom and DingTalk 20, Feishu 100, from their docs); 0 for no
   * limit. Over it, the robot refuses, so the platform merges what is due into one message.
   */
  public int perMinute() {
    return perMinute;
  }

  /** The most UTF-8 bytes of message text the service accepts. */
  public int maxBytes() {
    return maxBytes;
  }

  /** Whether the channel cannot work without a signing secret. */
  public boolean needsSecret() {
    return needsSecret;
  }

  /** Whether the channel is a group chat's robot (WeCom, DingTalk, Feishu). */
  public boolean isChat() {
    return this == WECOM || this == DINGTALK || this == FEISHU;
  }

  /** Whether the channel posts to a group (a chat, a mailbox, a system), not to one person. */
  public boolean toGroups() {
    return this != SMS;
  }
}
