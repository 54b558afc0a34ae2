#!/usr/bin/env python3
"""`classify` on a large batch under different JVM starts, the table in README "Large batches".

    python3 ../shared/eval/measure.py speed      # writes /tmp/empathy-measure-msgs.txt (100,000 messages)
    python3 examples/scripts/jvm_starts.py ROUNDS [JAR] [--times N]

Runs JAR (default examples/target/empathy-cli.jar) `classify` with default `--threads` on the 100,000
messages, and on them repeated N times (default 10) when --times is given, under each JVM start in turn:
`java -jar` (the default JDK), `java -XX:TieredStopAtLevel=1 -jar` (C1 only), and, when a JDK 25 is found
(JDK25_HOME, else /usr/lib/jvm/temurin-25-jdk-amd64), `java -jar` on it and with an AOT cache that one
training run on the first 20,000 messages makes first. Prints wall and CPU seconds per run, and whether the
output is byte-identical to the default start's. Nothing here reads or prints the messages' text.
"""
import hashlib
import os
import resource
import subprocess
import sys
import time

MESSAGES = os.environ.get('EMPATHY_MESSAGES', '/tmp/empathy-measure-msgs.txt')


def run(cmd, path):
    """(wall seconds, CPU seconds, SHA-256 of standard output) of one run of cmd with path as standard input."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.time()
    with open(path, 'rb') as f:
        result = subprocess.run(cmd, stdin=f, capture_output=True)
    wall = time.time() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if result.returncode:
        sys.exit(f'{" ".join(cmd[:-1])} failed with exit code {result.returncode}')
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, hashlib.sha256(result.stdout).hexdigest()


def main():
    args = sys.argv[1:]
    if not args or not args[0].isdigit():
        sys.exit(__doc__)
    rounds = int(args.pop(0))
    times = 0
    if '--times' in args:
        at = args.index('--times')
        times = int(args[at + 1])
        del args[at:at + 2]
    jar = args[0] if args else 'examples/target/empathy-cli.jar'
    if not os.path.exists(MESSAGES):
        sys.exit(f'{MESSAGES} is missing: run python3 ../shared/eval/measure.py speed first')
    inputs = [('100,000 messages', MESSAGES)]
    if times:
        big = f'/tmp/empathy-jvm-starts-{times}x.txt'
        with open(MESSAGES, 'rb') as f:
            data = f.read()
        with open(big, 'wb') as o:
            o.write(data * times)
        inputs.append((f'{100000 * times:,} messages', big))
    starts = [('java -jar', ['java', '-jar', jar, 'classify']),
              ('java -XX:TieredStopAtLevel=1 -jar', ['java', '-XX:TieredStopAtLevel=1', '-jar', jar, 'classify'])]
    jdk25 = os.path.join(os.environ.get('JDK25_HOME', '/usr/lib/jvm/temurin-25-jdk-amd64'), 'bin', 'java')
    if os.path.exists(jdk25):
        cache = '/tmp/empathy-jvm-starts.aot'
        sample = '/tmp/empathy-jvm-starts-sample.txt'
        with open(MESSAGES, 'rb') as f, open(sample, 'wb') as o:
            o.writelines(line for _, line in zip(range(20000), f))
        train = [jdk25, f'-XX:AOTCacheOutput={cache}', '-jar', jar, 'classify']
        with open(sample, 'rb') as f:
            subprocess.run(train, stdin=f, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        starts += [('JDK 25 java -jar', [jdk25, '-jar', jar, 'classify']),
                   ('JDK 25 java -XX:AOTCache -jar', [jdk25, f'-XX:AOTCache={cache}', '-jar', jar, 'classify'])]
    for label, path in inputs:
        for r in range(1, rounds + 1):
            reference = None
            for name, cmd in starts:
                wall, cpu, digest = run(cmd, path)
                reference = reference or digest
                same = 'same output' if digest == reference else 'OUTPUT DIFFERS'
                print(f'{label}, round {r}, {name}: wall {wall:.2f} s, CPU {cpu:.1f} s, {same}', flush=True)


if __name__ == '__main__':
    main()
