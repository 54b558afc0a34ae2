#!/usr/bin/env python3
"""The command line's share of the Spark job's work, as its inputs: from a TWCS-layout tickets CSV (such as
SyntheticTickets writes), the customer messages one per line for `classify`, and each agent reply with the
customer message it answers as JSON Lines for `check --jsonl`.

    python3 examples/scripts/tickets_to_cli.py /tmp/tickets.csv /tmp/t-msgs.txt /tmp/t-replies.jsonl
    java -jar examples/target/empathy-cli.jar classify < /tmp/t-msgs.txt > /dev/null
    java -jar examples/target/empathy-cli.jar check --jsonl < /tmp/t-replies.jsonl > /dev/null

A reply whose customer message is not in the file is checked without one. Line breaks inside a customer message
become spaces (one message per line). Prints only counts, never the texts.
"""
import csv
import json
import sys


def main():
    if len(sys.argv) != 4:
        sys.exit('usage: tickets_to_cli.py TICKETS.csv MESSAGES.txt REPLIES.jsonl')
    source, messages_path, replies_path = sys.argv[1:]
    with open(source, encoding='utf-8', newline='') as f:
        rows = list(csv.DictReader(f))
    missing = {'tweet_id', 'inbound', 'text', 'in_response_to_tweet_id'} - set(rows[0].keys() if rows else ())
    if missing:
        sys.exit(f'{source}: missing columns {sorted(missing)}')
    by_id = {row['tweet_id']: row for row in rows}
    messages = replies = unanswered = 0
    with open(messages_path, 'w', encoding='utf-8') as out_messages, open(replies_path, 'w', encoding='utf-8') as out_replies:
        for row in rows:
            if row['inbound'] == 'True':
                out_messages.write(row['text'].replace('\r', ' ').replace('\n', ' ') + '\n')
                messages += 1
                continue
            reply = {'id': row['tweet_id'], 'text': row['text']}
            customer = by_id.get(row['in_response_to_tweet_id'])
            if customer is not None:
                reply['customer'] = customer['text']
            else:
                unanswered += 1
            out_replies.write(json.dumps(reply, ensure_ascii=False) + '\n')
            replies += 1
    print(f'{messages} customer messages, {replies} replies ({unanswered} without their customer message)')


if __name__ == '__main__':
    main()
