#!/usr/bin/env python3
"""classify end to end against VADER-js, the way ../shared/eval/measure.py measures it, in alternated rounds.

    python3 ../shared/eval/measure.py speed          # writes /tmp/empathy-measure-msgs.txt (100,000 messages)
    python3 examples/scripts/speed_vs_vader.py 3 /tmp/base-cli.jar examples/target/empathy-cli.jar

Each round runs every jar (`java -jar JAR classify`) and then VADER-js (`vader-sentiment` on node, installed
into ~/.cache/empathy-speed on first use from the npm registry) on the same file, one after the other, so
the ratios compare runs of the same minute on the same machine. A rate is measure.py's: the messages
divided by the run's wall time less the wall time of a one-message run of the same program (start-up).
Also printed: the process CPU time (user + system) of the full run, which depends less on what else the
machine is doing than the wall clock. Nothing here reads or prints the messages' text.
"""
import os
import resource
import subprocess
import sys
import time

MESSAGES = os.environ.get('EMPATHY_MESSAGES', '/tmp/empathy-measure-msgs.txt')
PEER_DIR = os.path.expanduser('~/.cache/empathy-speed')
PEER_SCRIPT = """const vader = require('vader-sentiment');
const out = [];
require('readline').createInterface({input: process.stdin})
  .on('line', l => out.push(JSON.stringify(vader.SentimentIntensityAnalyzer.polarity_scores(l))))
  .on('close', () => process.stdout.write(out.join('\\n') + '\\n'));
"""


def peer():
    script = os.path.join(PEER_DIR, 'vader.js')
    if not os.path.exists(os.path.join(PEER_DIR, 'node_modules', 'vader-sentiment')):
        os.makedirs(PEER_DIR, exist_ok=True)
        subprocess.run(['npm', 'install', '--silent', '--prefix', PEER_DIR, 'vader-sentiment@1.1.3'], check=True)
    with open(script, 'w') as f:
        f.write(PEER_SCRIPT)
    return ['node', script]


def timed(cmd, path):
    """(wall seconds, CPU seconds of the child, lines written) of one run of cmd with path as standard input."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.time()
    with open(path, encoding='utf-8') as f:
        result = subprocess.run(cmd, stdin=f, capture_output=True, text=True)
    wall = time.time() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if result.returncode:
        sys.exit(f'{cmd[0]} failed with exit code {result.returncode}')
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, result.stdout.count('\n')


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    rounds, jars = int(sys.argv[1]), sys.argv[2:]
    if not os.path.exists(MESSAGES):
        sys.exit(f'{MESSAGES} is missing: run python3 ../shared/eval/measure.py speed first')
    one = '/tmp/empathy-speed-one.txt'
    with open(MESSAGES, encoding='utf-8') as f, open(one, 'w', encoding='utf-8') as o:
        o.write(f.readline())
    programs = [(jar, ['java', '-jar', jar, 'classify']) for jar in jars] + [('vader-js', peer())]
    for r in range(1, rounds + 1):
        rates = {}
        for name, cmd in programs:
            start_up, _, _ = timed(cmd, one)
            wall, cpu, lines = timed(cmd, MESSAGES)
            rates[name] = lines / max(wall - start_up, 1e-3)
            print(f'round {r}  {name}: {rates[name]:,.0f} messages/s  (wall {wall:.2f} s, one message {start_up:.2f} s,'
                  f' CPU {cpu:.1f} s, {lines} lines)', flush=True)
        for jar in jars:
            print(f'round {r}  {jar} / vader-js: {rates[jar] / rates["vader-js"]:.2f} x', flush=True)


if __name__ == '__main__':
    main()
