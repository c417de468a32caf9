// SPDX-License-Identifier: GPL-3.0-or-later
#include "Process.h"

#include <catch2/catch.hpp>

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>
#include <cerrno>
#include <cstring>
#include <stdexcept>

extern char** environ;

namespace custodia::test {

namespace {

std::vector<std::string> mergedEnv(const std::map<std::string, std::string>& extra) {
    std::map<std::string, std::string> all;
    for (char** e = environ; *e != nullptr; ++e) {
        const std::string kv(*e);
        const auto eq = kv.find('=');
        all[kv.substr(0, eq)] = eq == std::string::npos ? "" : kv.substr(eq + 1);
    }
    for (const auto& [k, v] : extra) {
        all[k] = v;
    }
    std::vector<std::string> out;
    for (const auto& [k, v] : all) {
        out.push_back(k + "=" + v);
    }
    return out;
}

std::vector<char*> cstrs(std::vector<std::string>& v) {
    std::vector<char*> p;
    for (auto& s : v) {
        p.push_back(s.data());
    }
    p.push_back(nullptr);
    return p;
}

int decode(int status) {
    if (WIFEXITED(status)) {
        return WEXITSTATUS(status);
    }
    return WIFSIGNALED(status) ? -WTERMSIG(status) : -1;
}

}  // namespace

Result run(const std::vector<std::string>& argvIn, const RunOptions& o) {
    int in[2], out[2], err[2];
    if (::pipe2(in, O_CLOEXEC) != 0 || ::pipe2(out, O_CLOEXEC) != 0 || ::pipe2(err, O_CLOEXEC) != 0) {
        throw std::runtime_error("pipe failed");
    }
    std::vector<std::string> argv = argvIn;
    std::vector<std::string> env = mergedEnv(o.env);
    auto argvp = cstrs(argv);
    auto envp = cstrs(env);
    const pid_t pid = ::fork();
    if (pid == 0) {
        ::dup2(in[0], 0);
        ::dup2(out[1], 1);
        ::dup2(err[1], 2);
        ::setsid();  // no controlling terminal: prompts must come from --passphrase-fd
        if (!o.cwd.empty() && ::chdir(o.cwd.c_str()) != 0) {
            ::_exit(127);
        }
        ::execve(argvp[0], argvp.data(), envp.data());
        ::_exit(127);
    }
    ::close(in[0]);
    ::close(out[1]);
    ::close(err[1]);
    ::signal(SIGPIPE, SIG_IGN);
    std::size_t written = 0;
    if (o.input.empty()) {
        ::close(in[1]);
        in[1] = -1;
    }
    Result r;
    bool outOpen = true, errOpen = true;
    while (outOpen || errOpen || in[1] >= 0) {
        pollfd fds[3] = {{out[0], POLLIN, 0}, {err[0], POLLIN, 0}, {in[1], POLLOUT, 0}};
        ::poll(fds, in[1] >= 0 ? 3 : 2, -1);
        char buf[65536];
        for (int i = 0; i < 2; ++i) {
            if ((i == 0 ? outOpen : errOpen) && (fds[i].revents & (POLLIN | POLLHUP)) != 0) {
                const ssize_t n = ::read(fds[i].fd, buf, sizeof buf);
                if (n <= 0) {
                    (i == 0 ? outOpen : errOpen) = false;
                } else {
                    (i == 0 ? r.out : r.err).append(buf, static_cast<std::size_t>(n));
                }
            }
        }
        if (in[1] >= 0 && (fds[2].revents & (POLLOUT | POLLERR | POLLHUP)) != 0) {
            const ssize_t n = ::write(in[1], o.input.data() + written, o.input.size() - written);
            if (n > 0) {
                written += static_cast<std::size_t>(n);
            }
            if (n < 0 || written == o.input.size()) {
                ::close(in[1]);
                in[1] = -1;
            }
        }
    }
    ::close(out[0]);
    ::close(err[0]);
    r.exitCode = wait(pid);
    return r;
}

Result runCli(const std::vector<std::string>& args, const std::string& input,
              const std::map<std::string, std::string>& env) {
    std::vector<std::string> argv{CUSTODIA_CLI};
    argv.insert(argv.end(), args.begin(), args.end());
    return run(argv, {input, env, {}});
}

pid_t spawn(const std::vector<std::string>& argvIn, const std::string& input,
            const std::map<std::string, std::string>& envIn) {
    std::vector<std::string> argv = argvIn;
    std::vector<std::string> env = mergedEnv(envIn);
    auto argvp = cstrs(argv);
    auto envp = cstrs(env);
    int in[2];
    if (::pipe2(in, O_CLOEXEC) != 0) {
        throw std::runtime_error("pipe failed");
    }
    const pid_t pid = ::fork();
    if (pid == 0) {
        ::dup2(in[0], 0);
        const int devnull = ::open("/dev/null", O_WRONLY);
        ::dup2(devnull, 1);
        ::dup2(devnull, 2);
        ::setsid();
        ::execve(argvp[0], argvp.data(), envp.data());
        ::_exit(127);
    }
    ::close(in[0]);
    (void)::write(in[1], input.data(), input.size());
    ::close(in[1]);
    return pid;
}

int wait(pid_t pid) {
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    return decode(status);
}

std::string shell(const std::string& command) {
    const Result r = run({"/bin/sh", "-c", command});
    INFO("command: " << command << "\nstderr: " << r.err);
    REQUIRE(r.exitCode == 0);
    return r.out;
}

}  // namespace custodia::test
