// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <sys/types.h>
#include <map>
#include <string>
#include <vector>

namespace custodia::test {

struct Result {
    int exitCode = -1;  // -signal if killed
    std::string out;
    std::string err;
};

struct RunOptions {
    std::string input;                       // written to the child's stdin
    std::map<std::string, std::string> env;  // added to (or replacing in) the environment
    std::string cwd;
};

// Runs a program and waits for it, capturing stdout and stderr.
Result run(const std::vector<std::string>& argv, const RunOptions& options = {});

// Runs the custodia CLI built in this tree.
Result runCli(const std::vector<std::string>& args, const std::string& input = {},
              const std::map<std::string, std::string>& env = {});

// Starts a program in the background (stdin from `input`, output discarded);
// returns its pid.
pid_t spawn(const std::vector<std::string>& argv, const std::string& input,
            const std::map<std::string, std::string>& env);
// Waits for a spawned child; returns its exit code or -signal.
int wait(pid_t pid);

// Runs a shell command line (sh -c) for fixture generation; REQUIREs success.
std::string shell(const std::string& command);

}  // namespace custodia::test
