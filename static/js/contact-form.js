// Shows the group size only when the chosen form of supervision can be for a group.
// Without JavaScript the field is always shown, and the server ignores it for other topics.
(function () {
  "use strict";

  const form = document.querySelector("form[data-group-topics]");
  if (!form) {
    return;
  }
  const topic = form.querySelector("#id_topic");
  const groupSize = form.querySelector("#id_group_size");
  const wrapper = groupSize && groupSize.closest("#div_id_group_size");
  if (!topic || !wrapper) {
    return;
  }
  const groupTopics = form.dataset.groupTopics.split(" ").filter(Boolean);

  function update() {
    const forGroup = groupTopics.indexOf(topic.value) !== -1;
    wrapper.hidden = !forGroup;
    groupSize.disabled = !forGroup;
  }

  topic.addEventListener("change", update);
  update();
})();
