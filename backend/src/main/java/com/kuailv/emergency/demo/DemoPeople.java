package com.kuailv.emergency.demo;

import com.kuailv.emergency.common.security.Actor;
import com.kuailv.emergency.org.OrgApi.Contact;
import com.kuailv.emergency.org.OrgApi.ExpertInput;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The demo realm's users (fixed Keycloak ids) as the example's organization: who belongs to which
 * group, how to reach them and what they know.
 */
final class DemoPeople {
  private DemoPeople() {}

  /** A demo user, the group they answer for and whether they lead it. */
  record Person(Actor actor, String group, boolean lead, String phone, List<String> skills) {
    Contact contact() {
      return new Contact(phone, actor.username() + "@kuailv.example", actor.username(), "", "");
    }

    ExpertInput expertise() {
      return new ExpertInput(skills, "");
    }
  }

  static List<Person> all() {
    return List.of(
        person(1, "commander", "指挥长 陈", "COMMAND", true, Set.of("commander"), "应急指挥"),
        person(2, "tech", "技术值班 李", "TECHNICAL", true, Set.of("tech"), "订单系统", "数据库"),
        person(
            3,
            "procurement",
            "采购专员 王",
            "PROCUREMENT",
            true,
            Set.of("business", "procurement"),
            "供应商沟通"),
        person(
            4,
            "warehouse",
            "仓库主管 赵",
            "WAREHOUSE",
            true,
            Set.of("business", "warehouse"),
            "纸质盘点",
            "冷链仓储"),
        person(5, "driver", "配送司机 刘", "LOGISTICS", true, Set.of("business", "logistics"), "线路调度"),
        person(6, "sales", "客服专员 周", "SALES", true, Set.of("business", "sales"), "手工接单"),
        person(7, "comms", "沟通协调 吴", "COMMUNICATIONS", true, Set.of("comms"), "对外说明"),
        person(8, "admin", "平台管理员 郑", "TECHNICAL", false, Set.of("admin"), "平台运维"),
        person(9, "reporter", "一线员工 孙", "WAREHOUSE", false, Set.of(), "出入库"));
  }

  /**
   * Who takes turns on duty in each group: the business team's lead alternates daily between the
   * warehouse and procurement; elsewhere one person holds the week.
   */
  static Map<String, List<String>> rotations() {
    Map<String, List<String>> rotations = new LinkedHashMap<>();
    for (Person p : all()) {
      if (p.lead()) {
        rotations.put(p.group(), List.of(p.actor().subject()));
      }
    }
    rotations.put("BUSINESS", List.of(subject(4), subject(3)));
    return rotations;
  }

  static String subject(int n) {
    return String.format("0000a11e-0000-4000-8000-%012d", n);
  }

  private static Person person(
      int n,
      String username,
      String name,
      String group,
      boolean lead,
      Set<String> roles,
      String... skills) {
    Set<String> withReporter = new TreeSet<>(roles);
    withReporter.add("reporter");
    Actor actor = new Actor(subject(n), username, name, withReporter);
    return new Person(actor, group, lead, String.format("+86 138 0000 %04d", n), List.of(skills));
  }
}
