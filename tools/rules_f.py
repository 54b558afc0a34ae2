R = {}
EXTRA = {
"minimising": [
("MINIMISING_OVERTHINKING","medium","~overthink || you are reading too much into","Saying the customer is overthinking it dismisses their concern.","I understand why this worries you","You're [[overthinking]] this.","We thought it through and fixed it."),
("MINIMISING_NOT_END_OF_WORLD","high","not the end of the world","'It's not the end of the world' minimises what the customer is going through.","I'm sorry this happened","It's [[not the end of the world]].","The end of the month is when we bill."),
],
"invalidating": [
("INVALIDATING_EXAGGERATING","high","you are|were ~exaggerate || you ~exaggerate","Telling the customer they are exaggerating invalidates their experience.","I understand why you're upset","[[You're exaggerating]] the delay.","The report exaggerated the risk, so we checked."),
],
"commanding": [
("COMMANDING_CALM_AND_LISTEN","high","listen to me || you need to listen || listen carefully","'Listen to me' is an order that escalates the conversation.","Let me explain","[[Listen to me]], the refund is coming.","I'm listening, and I'm sorry."),
],
"condescending": [
("CONDESCENDING_BASIC","medium","very basic || basic stuff || it is not rocket science || not rocket science","'It's not rocket science' belittles the customer.","Here are the steps","[[It's not rocket science]].","The basic plan includes email support."),
],
"deflecting": [
("DEFLECTING_READ_WEBSITE","medium","it is all on our website || it is on our website || check our website|faq || see our website|faq","Pointing the customer to the website instead of answering sends them away.","Here's the answer, and the link for later","[[It's all on our website]].","I've linked the page from our website below."),
],
"shouting": [
("SHOUTING_CAPS_SENTENCE","medium","^ $caps $caps $caps $caps","A sentence in capitals reads as shouting; write it in normal case.",None,"[[WE ARE DOING OUR]] best.","We are doing our best."),
],
"sarcasm": [
("SARCASM_CLEARLY_YOU","high","clearly you did not || obviously you did not || evidently you did not","'Clearly you didn't...' is sarcastic and blaming.","It looks like","[[Clearly you didn't]] read the email.","Clearly, you were charged twice, and I'm sorry."),
],
}
for k,v in EXTRA.items():
    R.setdefault(k, [])
