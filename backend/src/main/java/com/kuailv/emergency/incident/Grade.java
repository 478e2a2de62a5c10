package com.kuailv.emergency.incident;

/** 一般 / 严重 / 重大: how bad an incident is (product.md, "Grades"). Ordered from least severe. */
public enum Grade {
  GENERAL,
  SERIOUS,
  MAJOR
}
