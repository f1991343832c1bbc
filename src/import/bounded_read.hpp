// Reading an input file whole, but never more than a limit: the size is looked at before
// anything is read, and counted again while reading, for what stat cannot size in advance
// (a pipe, /dev/stdin, a file that grows while it is read).
#pragma once

#include <cerrno>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <optional>
#include <string>
#include <system_error>

#include "kamgraph/import/limits.hpp"

namespace kamgraph::detail {

struct BoundedRead {
  std::optional<std::string> text;  // the bytes, when they could be read within the limit
  bool too_big = false;             // else: over the limit
  std::uintmax_t size = 0;          // when too_big: the file's size, 0 when unknown (a pipe)
  std::string error;                // else: why the file could not be read
};

inline BoundedRead read_bounded(const std::string& path, std::uintmax_t limit) {
  BoundedRead out;
  std::error_code ec;
  if (std::filesystem::is_regular_file(path, ec)) {
    const std::uintmax_t size = std::filesystem::file_size(path, ec);
    if (!ec && size > limit) {
      out.too_big = true;
      out.size = size;
      return out;
    }
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    out.error = std::strerror(errno);
    return out;
  }
  std::string text;
  char buffer[1 << 16];
  while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
    text.append(buffer, static_cast<std::size_t>(in.gcount()));
    if (text.size() > limit) {
      out.too_big = true;
      return out;
    }
  }
  if (in.bad()) {
    out.error = "read error";
    return out;
  }
  out.text = std::move(text);
  return out;
}

// "the file is 1 GiB, more than the 256 MiB limit for one CSV file"
inline std::string too_big_message(const BoundedRead& read, std::uintmax_t limit,
                                   const std::string& what) {
  const std::string size = read.size > 0 ? describe_bytes(read.size) + ", " : std::string();
  return "the file is " + size + "more than the " + describe_bytes(limit) + " limit for one " +
         what;
}

}  // namespace kamgraph::detail
