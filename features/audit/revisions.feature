Feature: An article revised after publication
  As a reporter who sees outlets quietly update their stories
  I want a revised article kept as a revision of the one I already have
  So that I know what it stopped saying and what it added, and when

  Scenario: The outlet drops a sentence and adds another
    Given a report published at "2024-03-05T09:00-05:00" saying "Police said Reed is a person of interest in the killing of Dana White last month."
    When the outlet revises it at "2024-03-05T15:00-05:00", dropping that sentence and adding "Reed is being held on a $50,000 bond."
    Then the link to the killing is withdrawn by the revision, and still on file
    And the case as known at "2024-03-05T12:00-05:00" still links Reed to the killing
    And the bond is known at "2024-03-05T18:00-05:00" but not at "2024-03-05T12:00-05:00"
    And the article's revisions show the sentence removed and the sentence added
