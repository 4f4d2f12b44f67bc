-- wrk script: every request comes from an address of its own, written into X-Forwarded-For
-- (the bench settings trust one proxy), as each member of a team answers from their own
-- device. Used for the team's answer page, whose rate limit counts requests per address.
math.randomseed(os.time())

request = function()
  wrk.headers["X-Forwarded-For"] = string.format(
    "10.%d.%d.%d", math.random(0, 255), math.random(0, 255), math.random(1, 254)
  )
  return wrk.format()
end
