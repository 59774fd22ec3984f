#include <gtest/gtest.h>

#include <cmath>

#include "schema/yaml_scalar.hpp"

using nlohmann::json;
using vaultlint::plain_scalar_to_json;
using vaultlint::scalar_to_json;

TEST(YamlScalar, PlainScalarsFollowTheCoreSchema) {
  EXPECT_EQ(plain_scalar_to_json(""), json(nullptr));
  EXPECT_EQ(plain_scalar_to_json("~"), json(nullptr));
  EXPECT_EQ(plain_scalar_to_json("NULL"), json(nullptr));
  EXPECT_EQ(plain_scalar_to_json("True"), json(true));
  EXPECT_EQ(plain_scalar_to_json("FALSE"), json(false));
  EXPECT_EQ(plain_scalar_to_json("-12"), json(-12));
  EXPECT_EQ(plain_scalar_to_json("+7"), json(7));
  EXPECT_EQ(plain_scalar_to_json("0o17"), json(15));
  EXPECT_EQ(plain_scalar_to_json("0x1F"), json(31));
  EXPECT_EQ(plain_scalar_to_json("1.5"), json(1.5));
  EXPECT_EQ(plain_scalar_to_json(".5"), json(0.5));
  EXPECT_EQ(plain_scalar_to_json("-2.5e3"), json(-2500));
  EXPECT_TRUE(plain_scalar_to_json("2.0").is_number_integer());  // JSON Schema: an integer
  EXPECT_TRUE(std::isinf(plain_scalar_to_json("-.inf").get<double>()));
  EXPECT_TRUE(std::isnan(plain_scalar_to_json(".NaN").get<double>()));
  EXPECT_EQ(plain_scalar_to_json("18446744073709551615"), json(18446744073709551615ull));
  EXPECT_TRUE(plain_scalar_to_json("99999999999999999999").is_number_float());
}

TEST(YamlScalar, WhatYaml11ReadAsOtherTypesStaysAString) {
  // YAML 1.1 read these as booleans, octals or dates; the 1.2 core schema does not.
  for (const char* text : {"yes", "no", "on", "off", "y", "0b101", "2024-01-05", "12:30", "1_000", "0x", "1e",
                           "-0x1A", ".", "+", "1.2.3", "nan", "inf", "tRue"}) {
    EXPECT_EQ(plain_scalar_to_json(text), json(text)) << text;
  }
}

TEST(YamlScalar, TagsDecide) {
  EXPECT_EQ(scalar_to_json("12", "!"), json("12"));  // quoted or block scalar
  EXPECT_EQ(scalar_to_json("12", "?"), json(12));
  EXPECT_EQ(scalar_to_json("12", "tag:yaml.org,2002:str"), json("12"));
  EXPECT_EQ(scalar_to_json("12", "tag:yaml.org,2002:int"), json(12));
  EXPECT_EQ(scalar_to_json("true", "!custom"), json("true"));
}
