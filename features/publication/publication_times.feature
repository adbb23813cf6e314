Feature: Publication times I can trust
  As a reporter who saves pages as I read them
  I want each article known from the moment its page says it was published or updated
  So that "as known at" never counts a story before the public could read it

  Scenario: A saved page keeps its time of day and offset
    Given a saved page published at "2025-03-14T17:45-04:00" reporting a $50,000 bond
    When I ingest it
    Then the bond is not known at "2025-03-14T09:00-04:00"
    And the bond is known at "2025-03-14T18:00-04:00"

  Scenario: An updated page is a revision known from its update time
    Given a saved page published at "2025-03-14T17:45-04:00" reporting a $50,000 bond
    And the same page saved again, updated at "2025-03-15T08:10-04:00", with the bond raised to $250,000
    When I ingest both pages
    Then they are one article with two revisions
    And the bond raised to $250,000 is not known at "2025-03-15T08:00-04:00"
    And the bond raised to $250,000 is known at "2025-03-15T08:15-04:00"

  Scenario: A page with only a copyright year is refused
    Given a saved page with no date but a "© 2025" footer
    When I ingest it
    Then it is refused with a hint to pass --published, and nothing is stored

  Scenario: The same story under another spelling of its address is one article
    Given a saved page published at "2025-03-14T17:45-04:00" reporting a $50,000 bond
    And the same page saved from "http://www.example-news.com/crime/man-held/?utm_source=share#top"
    When I ingest both pages
    Then the second is already ingested
