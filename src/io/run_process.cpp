#include "io/run_process.hpp"

#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <string_view>

extern char** environ;

namespace vaultlint {
namespace {

/// A pipe whose ends are closed when it goes away.
struct Pipe {
  std::array<int, 2> fd{-1, -1};
  ~Pipe() {
    for (const int end : fd) {
      if (end >= 0) ::close(end);
    }
  }
  void close_end(int i) {
    ::close(fd[i]);
    fd[i] = -1;
  }
};

/// Reads both pipes to their end at once, so that a child filling one of
/// them never blocks while we wait on the other.
void drain(Pipe& out, Pipe& err, ProcessResult* result) {
  std::array<pollfd, 2> fds{pollfd{out.fd[0], POLLIN, 0}, pollfd{err.fd[0], POLLIN, 0}};
  std::array<std::string*, 2> sinks{&result->out, &result->err};
  int open = 2;
  char buffer[65536];
  while (open > 0) {
    if (::poll(fds.data(), fds.size(), -1) < 0) {
      if (errno == EINTR) continue;
      return;
    }
    for (std::size_t i = 0; i < fds.size(); ++i) {
      if (fds[i].fd < 0 || fds[i].revents == 0) continue;
      const ssize_t got = ::read(fds[i].fd, buffer, sizeof buffer);
      if (got > 0) {
        sinks[i]->append(buffer, static_cast<std::size_t>(got));
      } else if (got == 0 || errno != EINTR) {
        fds[i].fd = -1;  // poll ignores negative descriptors
        --open;
      }
    }
  }
}

/// This process's environment with `overrides` replacing same-named entries.
std::vector<std::string> environment_with(const std::vector<std::string>& overrides) {
  std::vector<std::string> out(overrides);
  for (char** entry = environ; *entry != nullptr; ++entry) {
    const std::string_view current(*entry);
    const auto name = current.substr(0, current.find('=') + 1);
    const bool replaced = std::any_of(overrides.begin(), overrides.end(),
                                      [&](const std::string& o) { return o.starts_with(name); });
    if (!replaced) out.emplace_back(current);
  }
  return out;
}

std::vector<char*> c_strings(std::vector<std::string>& strings) {
  std::vector<char*> out;
  for (auto& s : strings) out.push_back(s.data());
  out.push_back(nullptr);
  return out;
}

}  // namespace

bool run_process(const std::vector<std::string>& argv, const std::vector<std::string>& env,
                 ProcessResult* result, std::string* error) {
  Pipe out;
  Pipe err;
  if (::pipe2(out.fd.data(), O_CLOEXEC) != 0 || ::pipe2(err.fd.data(), O_CLOEXEC) != 0) {
    *error = std::string("cannot create a pipe: ") + std::strerror(errno);
    return false;
  }
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_adddup2(&actions, out.fd[1], 1);
  posix_spawn_file_actions_adddup2(&actions, err.fd[1], 2);
  std::vector<std::string> arg_strings(argv);
  std::vector<std::string> env_strings = environment_with(env);
  const std::vector<char*> args = c_strings(arg_strings);
  const std::vector<char*> envp = c_strings(env_strings);
  pid_t pid = 0;
  const int spawned = ::posix_spawnp(&pid, args[0], &actions, nullptr, args.data(), envp.data());
  posix_spawn_file_actions_destroy(&actions);
  if (spawned != 0) {
    *error = "cannot run " + argv[0] + ": " + std::strerror(spawned);
    return false;
  }
  out.close_end(1);
  err.close_end(1);
  drain(out, err, result);
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  result->exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return true;
}

}  // namespace vaultlint
