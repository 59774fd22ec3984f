#include "cache/byte_codec.hpp"

#include <gtest/gtest.h>

#include <limits>

using vaultlint::ByteReader;
using vaultlint::ByteWriter;

TEST(ByteCodec, ValuesRoundTrip) {
  std::string bytes;
  ByteWriter out(&bytes);
  out.put_uint(0);
  out.put_uint(300);
  out.put_uint(std::numeric_limits<std::uint64_t>::max());
  out.put_int(-1);
  out.put_int(std::numeric_limits<std::int64_t>::min());
  out.put_bool(true);
  out.put_string("é\0x");
  out.put_fixed64(0x0102030405060708u);
  EXPECT_EQ(bytes.substr(1, 2), "\xAC\x02");  // 300 as LEB128

  ByteReader in(bytes);
  std::uint64_t u = 1;
  std::int64_t i = 0;
  bool b = false;
  std::string s;
  ASSERT_TRUE(in.get_uint(&u));
  EXPECT_EQ(u, 0u);
  ASSERT_TRUE(in.get_uint(&u));
  EXPECT_EQ(u, 300u);
  ASSERT_TRUE(in.get_uint(&u));
  EXPECT_EQ(u, std::numeric_limits<std::uint64_t>::max());
  ASSERT_TRUE(in.get_int(&i));
  EXPECT_EQ(i, -1);
  ASSERT_TRUE(in.get_int(&i));
  EXPECT_EQ(i, std::numeric_limits<std::int64_t>::min());
  ASSERT_TRUE(in.get_bool(&b));
  EXPECT_TRUE(b);
  ASSERT_TRUE(in.get_string(&s));
  EXPECT_EQ(s, "é");  // the literal's "\0x" ends it at the NUL
  ASSERT_TRUE(in.get_fixed64(&u));
  EXPECT_EQ(u, 0x0102030405060708u);
  EXPECT_TRUE(in.at_end());
}

TEST(ByteCodec, TruncatedAndMalformedInputIsRefused) {
  std::string bytes;
  ByteWriter(&bytes).put_string("hello");
  std::string s;
  EXPECT_FALSE(ByteReader(std::string_view(bytes).substr(0, 3)).get_string(&s));
  std::uint64_t u = 0;
  EXPECT_FALSE(ByteReader("\x80\x80").get_uint(&u));                  // runs off the end
  EXPECT_FALSE(ByteReader("\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\x01").get_uint(&u));  // too long
  bool b = false;
  EXPECT_FALSE(ByteReader("\x02").get_bool(&b));
  std::size_t count = 0;
  EXPECT_FALSE(ByteReader("\x05\x01").get_count(&count));  // five items in one byte
  int narrow = 0;
  std::string big;
  ByteWriter(&big).put_int(std::int64_t{1} << 40);
  EXPECT_FALSE(ByteReader(big).get_int32(&narrow));
}
